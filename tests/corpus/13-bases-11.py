# chapter: 8
# a list subclass whose __iter__ and __len__ are overridden: list(), sorted(), len() ask the overrides
class Reversed(list):
    def __iter__(self):
        return iter(list.__getitem__(self, slice(None, None, -1)))
r = Reversed([1, 2, 3])
print(list(r), sorted(r), [x for x in r], tuple(r), r, list.__iter__)
print(r == [1, 2, 3], len(r), r[0])
class Evens(dict):
    def __iter__(self):
        return iter(sorted(dict.__iter__(self), key=str))
    def keys(self):
        return ["z"]
e = Evens(b=1, a=2)
print(e, list(iter(e)), len(e))
class Many(list):
    def __len__(self):
        return 42
    def __contains__(self, x):
        return x == "yes"
m = Many([1])
print(len(m), "yes" in m, 1 in m, bool(m), list.__contains__(m, 1))
