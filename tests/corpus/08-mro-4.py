# chapter: 8
# cooperative super(): every __init__ of a diamond runs once, in MRO order
class Root:
    def __init__(self, **kw):
        print("Root", sorted(kw))
        super().__init__()

class Named(Root):
    def __init__(self, name, **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)

class Sized(Root):
    def __init__(self, size, **kw):
        print("Sized", size)
        self.size = size
        super().__init__(**kw)

class Box(Named, Sized):
    def __init__(self, **kw):
        print("Box")
        super().__init__(**kw)
    def describe(self):
        return "%s %s" % (self.name, self.size)

b = Box(name="crate", size=3)
print(b.describe(), [c.__name__ for c in Box.__mro__])

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()

d = D()
print(d.who())
print(super(B, d).who(), super(C, d).who(), super(D, d).who())
print(B().who())
try:
    Root(extra=1)
except TypeError as e:
    print("TypeError:", e)
