# chapter: 4
# [x] * 3 holds x three times; overwriting a slot drops one reference
import sys
x = ["cell"]
row = [x] * 3
print(sys.getrefcount(x))
row[0] = None
print(sys.getrefcount(x))
grid = [row, row]
print(sys.getrefcount(row), sys.getrefcount(x))
