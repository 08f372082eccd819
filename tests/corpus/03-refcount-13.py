# chapter: 3
# a returned object keeps only the references the caller gives it
import sys
def make():
    return [1, 2, 3]
def make_local():
    result = {"x": 1}
    return result
a = make()
b = make_local()
print(sys.getrefcount(a), sys.getrefcount(b))
print(sys.getrefcount(make()))
