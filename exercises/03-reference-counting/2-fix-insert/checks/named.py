import sys
row = [0]
table = []
table.insert(0, row)
table.insert(0, row)
print(sys.getrefcount(row))
table.pop()
print(sys.getrefcount(row), table)
