# chapter: 4
# dict(m) and d.update(m) take anything with a keys() method as a mapping
# (its keys, then m[key]); anything else as an iterable of pairs
class Table:
    def __init__(self):
        self.calls = []
    def keys(self):
        self.calls.append("keys")
        return ["b", "a"]
    def __getitem__(self, key):
        self.calls.append(key)
        return key * 2
t = Table()
print(dict(t), t.calls)
d = {"a": 0}
d.update(t)
print(d)
print(dict([("x", 1), ["y", 2]], z=3))
for bad in [[1], [(1, 2, 3)], 5]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class NoKeys:
    keys = None
try:
    dict(NoKeys())
except TypeError as e:
    print("TypeError", e)
