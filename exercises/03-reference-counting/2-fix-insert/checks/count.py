import sys
start = sys.getrefcount(7)
numbers = [1, 2]
numbers.insert(1, 7)
print(numbers, sys.getrefcount(7) - start)
