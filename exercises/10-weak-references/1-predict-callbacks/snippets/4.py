import weakref

class V:
    pass

d = weakref.WeakValueDictionary()
d["a"] = V()
v = V()
d["b"] = v
print(len(d), "a" in d, "b" in d)
