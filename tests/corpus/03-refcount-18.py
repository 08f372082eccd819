# chapter: 3
# keyword arguments count the same as positional ones
import sys
def show(a, b=None):
    return sys.getrefcount(a), sys.getrefcount(b)
x = [1]
y = [2]
print(show(x, b=y))
print(show(b=y, a=x))
print(show(x, [3]))
