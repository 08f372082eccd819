# chapter: 1
# A reader's program: a value class with __eq__, __hash__ and __repr__ used as dict keys and printed in a list
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

seen = {}
for p in [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4)]:
    seen[p] = seen.get(p, 0) + 1
print(seen)
print(list(seen))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) == (1, 2))
print(Point(1, 2) in seen, Point(9, 9) in seen, Point(0, 0) in [Point(0, 0)])
print(hash(Point(1, 2)) == hash((1, 2)))
names = {Point(0, 0): "origin"}
print(names[Point(0, 0)], str(Point(5, 6)), [Point(7, 8)], (Point(1, 1),))
print(len(dict.fromkeys([Point(1, 1), Point(1, 1), Point(2, 2)])))
