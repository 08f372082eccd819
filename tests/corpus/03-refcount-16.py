# chapter: 3
# a function's constant: the function's table and the module's share one object
import sys
def f():
    return sys.getrefcount(7.125)
def g():
    local = [7.5]
    return sys.getrefcount(local)
print(f())
print(g())
