# chapter: 1
# dict literal, lookup, assignment; insertion order kept, updating keeps position
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d)
print(d["a"], len(d))
print("a" in d, "z" in d, "z" not in d)
d[(1, 2)] = "tuple key"
d[7] = "int key"
print(d)
print(d[(1, 2)])
