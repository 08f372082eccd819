# chapter: 8
# deriving from a list subclass, several bases with one list, __init__ chains and super() through the MRO
class Base(list):
    def __init__(self, *items):
        print("Base.__init__", items)
        super().__init__(items)
class Mixin:
    def describe(self):
        return type(self).__name__ + " of " + str(len(self))
class Both(Mixin, Base):
    def __init__(self, *items):
        print("Both.__init__")
        super().__init__(*items)
b = Both(1, 2, 3)
print(b, b.describe(), Both.__mro__)
class Sub(Base):
    def append(self, x):
        super().append(x * 10)
s = Sub(1)
s.append(2)
s += [3]
print(s, type(s).__name__, s.copy(), type(s.copy()).__name__)
s.extra = 1
print(s.__dict__, s[::-1])
