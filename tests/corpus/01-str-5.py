# chapter: 1
# str() and repr() of nested containers holding strings and floats
data = [("name", "Ada"), ("score", 9.5), ("tags", ["x", "y"])]
print(data)
print(str(data) == repr(data))
print(len(str(data)))
d = {"outer": {"inner": ["deep", (1, "one")]}}
print(d)
print(repr(d["outer"]["inner"][1]))
print(str("text"), repr("text"))
