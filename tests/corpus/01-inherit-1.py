# chapter: 1
# single inheritance with the zero-argument super(): __init__ chains, overridden methods, special methods inherited
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        return 0
    def describe(self):
        return self.name + " with area " + str(self.area())
    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.name) + ")"
    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()
    def __hash__(self):
        return hash(self.area())

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
    def describe(self):
        return "a square: " + super().describe()

shapes = [Shape("blob"), Rect(2, 3), Square(4)]
for s in shapes:
    print(s, s.describe())
print(Shape.count, Square(2) == Square(2), Square(2) == Rect(2, 2), Rect(1, 6) == Rect(2, 3))
print({Square(3): "nine"}[Square(3)], sorted([Square(3), Rect(1, 2)], key=lambda s: s.area()))
print(isinstance(Square(1), Shape), isinstance(Square(1), (int, Rect)), isinstance(Rect(1, 1), Square))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, (str, Rect)), issubclass(bool, int))

class Base:
    def hello(self):
        return "Base.hello"
class Middle(Base):
    pass
class Leaf(Middle):
    def hello(self):
        return "Leaf then " + super().hello()
    def skip(self):
        return super(Middle, self).hello()
print(Leaf().hello(), Leaf().skip())

class Plain:
    def __init__(self):
        super().__init__()
        self.ready = True
    def __str__(self):
        return "Plain, and object says " + str(super().__repr__().startswith("<__main__.Plain object"))
print(Plain().ready, Plain())
