# chapter: 1
# module names live in the dict globals(): a = 1 binds the key "a" (S11)
a = 1
g = globals()
print(g["a"])
print("a" in g, "never_bound" in g)
g["b"] = "made via globals()"
print(b)
a = 2
print(g["a"], g is globals())
print(type(g))
