# chapter: 8
# a class derived from dict: __missing__ with CPython's semantics, get/in do not call it
class Counter(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0

c = Counter()
for word in "a b a c a b".split():
    c[word] = c[word] + 1
print(c, len(c), c["zzz"], "zzz" in c, c.get("zzz"), c.get("a"))

class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

d = Default(list)
d["x"].append(1)
d["x"].append(2)
d["y"]
print(d, d.factory, sorted(d), list(d.items()))
print(isinstance(d, dict), d == {"x": [1, 2], "y": []}, dict(d), type(dict(d)).__name__)
class Bad(dict):
    def __missing__(self, key):
        raise KeyError("no " + key)
try:
    Bad()["k"]
except KeyError as e:
    print("KeyError", e)
class NoMissing(dict):
    pass
try:
    NoMissing(a=1)["b"]
except KeyError as e:
    print("KeyError", e)
