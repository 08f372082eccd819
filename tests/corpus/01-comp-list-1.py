# chapter: 1
# list comprehensions: nested clauses, conditions, nesting
print([x * x for x in range(5)])
print([(a, b) for a in range(3) for b in 'xy' if a != 1])
print([x for x in range(20) if x % 2 if x % 3])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() for c in 'abc'], [n for n in []])
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([first for first, *rest in ['ab', 'cde']])
print([(lambda: n)() for n in range(3)])
print([lambda: 0 for _ in 'a'][0].__qualname__)
