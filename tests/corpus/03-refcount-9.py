# chapter: 3
# a default argument value is held by the function object
import sys
def f(x=[]):
    return sys.getrefcount(x)
print(f())
print(f([]))
mine = []
print(f(mine))
