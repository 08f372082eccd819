# chapter: 1
# uncaught KeyError three calls deep
table = {"a": 1}
def lookup(k):
    return table[k]
def level2(k):
    return lookup(k) + 1
def level1(k):
    return level2(k) * 2
print(level1("a"))
print(level1("zz"))
