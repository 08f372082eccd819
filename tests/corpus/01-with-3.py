# chapter: 3
# reference counts around a with statement: the bound __exit__ keeps the manager alive
import sys

class CM:
    def __enter__(self):
        print("enter", sys.getrefcount(self))
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", sys.getrefcount(self), exc_type)
        return False
    def __del__(self):
        print("del")

with CM() as c:
    print("body", sys.getrefcount(c))
print("after with")
del c
print("after del")
m = CM()
with m:
    print("body", sys.getrefcount(m))
print(sys.getrefcount(m))
with CM():
    print("anonymous body")
print("end")
