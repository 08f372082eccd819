# chapter: 1
# list methods: remove (first match), index, count, clear
xs = ["a", "b", "c", "b", "a", "b"]
print(xs.count("b"), xs.count("z"))
print(xs.index("c"), xs.index("b"))
xs.remove("b")
print(xs)
xs.remove("a")
print(xs)
r = xs.clear()
print(xs, r, len(xs))
