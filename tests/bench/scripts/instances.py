# Create instances with attributes and let each go at once.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)

total = 0
i = 0
while i < 300000:
    p = Point(i, 2 * i).moved(1)
    total = total + p.x - p.y
    i = i + 1
print(total)
