numbers = [2, 4]
numbers.insert(0, 1)
numbers.insert(2, 3)
numbers.insert(100, 6)
numbers.insert(-1, 5)
numbers.insert(-100, 0)
print(numbers, len(numbers))
empty = []
empty.insert(5, -1)
print(empty)
