# chapter: 4
# default values are held in the function's defaults tuple
import sys
shared = []
def f(a, b=shared, c=shared):
    return sys.getrefcount(b)
print(sys.getrefcount(shared))
print(f(0))
print(f(0, []))
