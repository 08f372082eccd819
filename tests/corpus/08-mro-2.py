# chapter: 8
# attribute and method lookup along the MRO: the first class that defines a name wins
class Base:
    kind = "base"
    def hello(self):
        return "Base.hello"
    def shared(self):
        return "Base.shared"

class Left(Base):
    def hello(self):
        return "Left.hello"

class Right(Base):
    kind = "right"
    color = "red"
    def shared(self):
        return "Right.shared"
    def only_right(self):
        return "Right.only_right of " + type(self).__name__

class Child(Left, Right):
    pass

c = Child()
print(c.hello(), c.shared(), c.only_right())
print(c.kind, c.color, Child.kind, Child.color)
c.color = "blue"
print(c.color, Child.color, c.__dict__)
Right.color = "green"
print(Child.color)
m = c.shared
print(m(), m.__func__ is Right.shared)
print(getattr(c, "kind"), hasattr(c, "nope"), [n for n in dir(c) if not n.startswith("_")])
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
