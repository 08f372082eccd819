# chapter: 1
# iterable unpacking is not allowed as a comprehension item
print([*a for a in [[1]]])
