# chapter: 1
# a comprehension cannot be assigned to
[x for x in "ab"] = 1
