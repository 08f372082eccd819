import sys

def make():
    fresh = []
    print(sys.getrefcount(fresh))
    return fresh

kept = make()
print(sys.getrefcount(kept))
