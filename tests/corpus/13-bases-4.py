# chapter: 8
# a class derived from dict: overriding __setitem__/__getitem__, dict.__setitem__(self, k, v), keywords
class Upper(dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())

u = Upper(a=1)
u["b"] = 2
print(u, u["b"], u["B"], "a" in u, "B" in u, len(u))
u.update(c=3)
print(u, dict.__getitem__(u, "B"), u.keys(), list(u.values()))
d = Upper([("x", 1)], y=2)
print(d, d == {"x": 1, "y": 2}, repr(d))
del d["x"]
print(d, d.pop("y"), d, bool(d))
class Attrs(dict):
    pass
a = Attrs(k=1)
a.note = "hello"
print(a, a.note, a.__dict__, vars(a))
