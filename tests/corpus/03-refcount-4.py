# chapter: 3
# a temporary object passed straight to getrefcount has count 1
import sys
print(sys.getrefcount([]))
print(sys.getrefcount([1, 2]))
print(sys.getrefcount({}))
print(sys.getrefcount(dict(a=1)))
