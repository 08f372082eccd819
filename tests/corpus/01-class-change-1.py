# chapter: 1
# Class attributes and methods changed after instances have used them:
# every read afterwards sees the change (the type cache forgets the
# class, and every class derived from it).
class Base:
    kind = "base"
    def greet(self):
        return "hello from Base"
    def size(self):
        return 1

class Child(Base):
    pass

class GrandChild(Child):
    def size(self):
        return 3

def report(obj):
    return obj.kind, obj.greet(), obj.size()

b, c, g = Base(), Child(), GrandChild()
for i in range(3):
    print(report(b), report(c), report(g))

Base.kind = "changed"
print(report(b), report(c), report(g))

def new_greet(self):
    return "hello again"
Base.greet = new_greet
print(report(b), report(c), report(g))

Child.kind = "child"
print(report(b), report(c), report(g))

def child_size(self):
    return 2
Child.size = child_size
print(report(b), report(c), report(g))

del Child.kind
print(report(b), report(c), report(g))

del GrandChild.size
print(report(b), report(c), report(g))

# A method read without calling it, before and after the change.
m1 = g.greet
Base.greet = lambda self: "lambda"
m2 = g.greet
print(m1(), m2(), g.greet())

# Class attributes read on the class itself.
print(Base.kind, Child.kind, GrandChild.kind)
GrandChild.kind = "grand"
print(Base.kind, Child.kind, GrandChild.kind)
del Base.kind
try:
    print(Child.kind)
except AttributeError as e:
    print("AttributeError:", e)
print(GrandChild.kind)

# An attribute of the instance hides the class's, and uncovers it when
# deleted; a class attribute added later does not hide the instance's.
class Point:
    def __init__(self, x):
        self.x = x
    def where(self):
        return self.x

p = Point(5)
for i in range(3):
    print(p.x, p.where())
Point.x = "class x"
print(p.x, p.where())
del p.x
print(p.x, p.where())
p.where = lambda: "instance function"
print(p.where(), Point.where(p))
del p.where
print(p.where())

# A counter kept on the class, changed in every __init__.
class Counted:
    made = 0
    def __init__(self):
        Counted.made = Counted.made + 1
        self.number = Counted.made

items = [Counted() for i in range(5)]
print([item.number for item in items], Counted.made)

# Special methods replaced after use.
class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "Box(%r)" % (self.v,)

print(Box(1) == Box(1), Box(1) == Box(2), repr(Box(3)))
Box.__eq__ = lambda self, other: True
Box.__repr__ = lambda self: "any box"
print(Box(1) == Box(1), Box(1) == Box(2), repr(Box(3)))
del Box.__repr__
print(repr(Box(3)).startswith("<__main__.Box object at"))
