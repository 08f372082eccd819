# chapter: 1
# lists: concatenation, repetition, equality, nesting
a = [1, 2]
b = [3]
print(a + b)
print(a * 3)
print([0] * 4)
print([] * 5)
print(a == [1, 2], a != [1, 2], a == [2, 1])
nested = [a, [a, [b]]]
print(nested)
print(nested[1][1][0][0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0])
