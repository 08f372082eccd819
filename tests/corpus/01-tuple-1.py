# chapter: 1
# tuples: one-element repr, nesting, tuple(), indexing, equality
t = (1,)
print(t, len(t))
u = (1, "two", 3.0, None)
print(u)
print(u[1], u[-1])
print(tuple([1, 2]), tuple("ab"), tuple())
print((1, 2) + (3,))
print((1, 2) == (1, 2), (1, 2) < (1, 3))
print(((1, 2), (3, (4,))))
print(("a",) * 3)
