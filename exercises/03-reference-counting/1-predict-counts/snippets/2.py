import sys

def both(first, second):
    return sys.getrefcount(first)

item = []
print(both(item, item))
print(both(item, []))
