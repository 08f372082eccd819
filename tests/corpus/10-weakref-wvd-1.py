# chapter: 10
# WeakValueDictionary: an entry goes when its value dies.
import weakref
class Image:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
a = Image("a")
b = Image("b")
cache["a"] = a
cache["b"] = b
print(len(cache), cache["a"].name, "a" in cache)
print(sorted(cache.keys()))
del a
print(len(cache), "a" in cache, cache.get("a"), cache.get("a", "none"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError:", e)
for key in cache:
    print("key", key)
for key, value in cache.items():
    print(key, value.name)
print(cache.pop("b").name, len(cache))
print(repr(cache).startswith("<WeakValueDictionary at 0x"))
cache["c"] = Image("c")
print(len(cache))
try:
    cache["d"] = 5
except TypeError as e:
    print("TypeError:", e)
