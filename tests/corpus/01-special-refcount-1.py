# chapter: 3
# sys.getrefcount inside special methods: what the caller's stack and the call hold
import sys

class Probe:
    def __eq__(self, other):
        print("__eq__", sys.getrefcount(self), sys.getrefcount(other))
        return True
    def __lt__(self, other):
        print("__lt__", sys.getrefcount(self), sys.getrefcount(other))
        return False
    def __getitem__(self, key):
        print("__getitem__", sys.getrefcount(self), sys.getrefcount(key))
        return key
    def __setitem__(self, key, value):
        print("__setitem__", sys.getrefcount(self), sys.getrefcount(key), sys.getrefcount(value))
    def __len__(self):
        print("__len__", sys.getrefcount(self))
        return 1
    def __add__(self, other):
        print("__add__", sys.getrefcount(self), sys.getrefcount(other))
        return self
    def __hash__(self):
        print("__hash__", sys.getrefcount(self))
        return 1
    def __repr__(self):
        print("__repr__", sys.getrefcount(self))
        return "Probe"
    def __call__(self, arg):
        print("__call__", sys.getrefcount(self), sys.getrefcount(arg))
    def __contains__(self, item):
        print("__contains__", sys.getrefcount(self), sys.getrefcount(item))
        return True
    def __bool__(self):
        print("__bool__", sys.getrefcount(self))
        return True

p = Probe()
q = Probe()
key = [1]
value = [2]
print(sys.getrefcount(p))
p == q
p != q
p < q
q > p
p[key]
p[key] = value
len(p)
bool(p)
if p:
    pass
p + q
hash(p)
repr(p)
print(p)
p(key)
key in p
d = {p: 1}
[p] == [q]
print(sys.getrefcount(p), sys.getrefcount(q), sys.getrefcount(key), sys.getrefcount(value))
Probe() == Probe()
Probe()[[3]]
