# chapter: 1
# a bare generator expression must be the only argument
print(x for x in "ab", 1)
