# chapter: 5
# tuple-unpacking swaps keep both objects alive; counts are unchanged afterwards
import sys
a = ["A"]
b = ["B"]
a, b = b, a
print(a, b, sys.getrefcount(a), sys.getrefcount(b))
