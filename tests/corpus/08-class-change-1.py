# chapter: 8
# Several bases: a name found along the MRO, then changed on a class in
# the middle of it, on a base shared by two branches, and on the class
# itself; every read afterwards follows the MRO of the moment.
class Top:
    def who(self):
        return "Top"
    tag = "top"

class Left(Top):
    pass

class Right(Top):
    def who(self):
        return "Right"

class Bottom(Left, Right):
    pass

def show(obj):
    return obj.who(), obj.tag, type(obj).tag

b = Bottom()
for i in range(2):
    print(show(b), [c.__name__ for c in Bottom.__mro__])

Left.who = lambda self: "Left"
print(show(b))
Top.tag = "top2"
print(show(b))
Right.tag = "right"
print(show(b))
del Left.who
print(show(b))
Bottom.tag = "bottom"
print(show(b))
del Right.who
print(show(b))
del Bottom.tag, Right.tag
print(show(b))

# super() sees the change too.
class Base:
    def hello(self):
        return "Base.hello"

class Derived(Base):
    def hello(self):
        return "Derived+" + super().hello()

d = Derived()
print(d.hello())
Base.hello = lambda self: "new Base.hello"
print(d.hello())

# The attributes of a class that are not in its dict.
class K:
    pass
for name, value in [("__mro__", ()), ("__base__", object), ("__dict__", {}),
                    ("__class__", K)]:
    try:
        setattr(K, name, value)
    except (AttributeError, TypeError) as e:
        print(name, type(e).__name__, e)
for name in ["__mro__", "__base__", "__dict__", "__class__", "__bases__",
             "__name__", "__qualname__", "__module__", "__doc__"]:
    try:
        delattr(K, name)
    except (AttributeError, TypeError) as e:
        print(name, type(e).__name__, e)
K.__module__ = "elsewhere"
K.__doc__ = "documented"
print(K.__module__, K.__doc__, K.__name__, K.__mro__, K.__bases__)
