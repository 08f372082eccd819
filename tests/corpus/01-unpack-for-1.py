# chapter: 1
# starred targets in for loops, and nested ones
rows = [(1, 2, 3), (4,), ('a', 'b')]
for x, *y in rows:
    print(x, y)
for *init, last in rows:
    print(init, last)
pairs = [(1, (2, 3, 4)), (5, (6,))]
for a, (b, *c) in pairs:
    print(a, b, c)
def total(table):
    s = 0
    for name, *scores in table:
        s += sum(scores)
    return s
print(total([('x', 1, 2), ('y', 3)]))
