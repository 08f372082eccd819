# chapter: 1
# repr and type of instances and classes
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(type(p))
print(Point)
print(repr(p))
print(type(p) is Point, type(Point))
print([p.x, p.y])
