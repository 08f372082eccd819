# chapter: 1
# range objects: repr, len, list(), membership, indexing
r = range(5)
print(r, len(r), list(r))
print(range(1, 10, 3), list(range(1, 10, 3)))
print(list(range(10, 0, -3)))
print(list(range(0)), len(range(3, 1)))
print(4 in r, 5 in r, r[2], r[-1])
print(type(r))
