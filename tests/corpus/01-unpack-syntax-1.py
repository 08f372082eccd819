# chapter: 1
# two starred targets in one assignment
a, *b, *c = range(5)
