grid = [[1], [3]]
grid.insert(1, [2])
grid.insert(0, [int("0")])
print(grid)
total = 0
for row in grid:
    total += row[0]
print(total)
