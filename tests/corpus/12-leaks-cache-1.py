# chapter: 12
# an unbounded cache grows with every new key; a WeakValueDictionary does not
import weakref
class Result:
    def __init__(self, key):
        self.key = key
cache = {}
def lookup(key):
    if key not in cache:
        cache[key] = Result(key)
    return cache[key]
for i in range(100):
    lookup(i)
print(len(cache))
weak_cache = weakref.WeakValueDictionary()
def weak_lookup(key):
    result = weak_cache.get(key)
    if result is None:
        result = Result(key)
        weak_cache[key] = result
    return result
held = [weak_lookup(i) for i in range(3)]
for i in range(3, 100):
    weak_lookup(i)
print(len(weak_cache), sorted(weak_cache.keys()))
del held
print(len(weak_cache))
