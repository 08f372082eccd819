# chapter: 11
# instances made by the thousand and dropped: the allocated-block count falls back
import sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
before = sys.getallocatedblocks()
points = []
for i in range(10000):
    points.append(Point(i, -i))
grown = sys.getallocatedblocks() - before
print(grown >= 10000)
del points
left = sys.getallocatedblocks() - before
print(left < grown // 10)
