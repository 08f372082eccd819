# chapter: 1
# dict methods: get, keys, values, items, pop, setdefault, update, clear
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("nope"), d.get("nope", 0))
print(d.keys())
print(d.values())
print(d.items())
print(list(d.keys()), list(d.items()))
print(d.pop("x"), d.pop("gone", "default"), d)
print(d.setdefault("y", 99), d.setdefault("z", 3), d)
d.update({"y": -2, "w": 4})
print(d)
print(d.clear(), d)
