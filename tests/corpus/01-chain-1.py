# chapter: 1
# chained subscripts and attributes
class Box:
    pass
box = Box()
box.data = {"list": [{"y": "found"}]}
print(box.data["list"][0]["y"])
box.data["list"][0]["y"] = "replaced"
print(box.data)
grid = [[0, 1], [2, 3]]
grid[1][0] += 40
print(grid, grid[-1][-1])
