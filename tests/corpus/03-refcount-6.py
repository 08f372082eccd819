# chapter: 3
# counts pass through nested calls: each frame's parameter is one more reference
import sys
def outer(x):
    return inner(x)
def inner(y):
    return sys.getrefcount(y)
obj = {"level": 0}
print(outer(obj))
print(inner(obj))
print(outer({}))
