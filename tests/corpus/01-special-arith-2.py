# chapter: 1
# binary operators between a class and its subclass: the subclass's reflected method goes first
class Base:
    def __init__(self, tag):
        self.tag = tag
    def __add__(self, other):
        return "Base.__add__(" + self.tag + ", " + other.tag + ")"
    def __radd__(self, other):
        return "Base.__radd__(" + self.tag + ", " + other.tag + ")"
    def __lt__(self, other):
        return "Base.__lt__"
    def __gt__(self, other):
        return "Base.__gt__"

class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__(" + self.tag + ", " + other.tag + ")"
    def __gt__(self, other):
        return "Derived.__gt__"

class Same(Base):
    pass

b, d, s = Base("b"), Derived("d"), Same("s")
print(b + d)
print(d + b)
print(b + s)
print(b + b)
print(b < d, d < b, b < s)

class Other:
    def __init__(self):
        self.tag = "o"
    def __radd__(self, other):
        return "Other.__radd__"
print(b + Other())
