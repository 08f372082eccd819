# chapter: 1
# lambda parameters follow the rules of def: no duplicates
print("never")
g = lambda x, y, x: 1
