# chapter: 1
# rich comparisons: NotImplemented, reflected operands, __ne__ from __eq__, sorting
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def key(self):
        return (self.major, self.minor)
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() < other.key()
    def __le__(self, other):
        return self == other or self < other
    def __repr__(self):
        return "v" + str(self.major) + "." + str(self.minor)

a, b, c = Version(3, 11), Version(3, 9), Version(3, 11)
print(a == c, a != c, a == b, a != b, a is c)
print(b < a, a < b, a > b, b > a, a <= c, a >= c)
print(sorted([a, b, Version(2, 7), Version(3, 0)]))
print(max([b, a, Version(1, 0)]), min([b, a, Version(1, 0)]))
print(a == "3.11", "3.11" == a, a != 3)
print([Version(1, 0), Version(2, 0)].index(Version(2, 0)), Version(1, 0) in [Version(1, 0)])
print(b < a < Version(4, 0))

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)

class Plain:
    pass
attempt("a < 1", lambda: a < 1)
attempt("1 > a", lambda: 1 > a)
attempt("plain <", lambda: Plain() < Plain())
attempt("plain >= int", lambda: Plain() >= 5)

class Always:
    def __eq__(self, other):
        return True
    def __gt__(self, other):
        return "gt called"
x = Always()
print(x == 1, 1 == x, x != 1, x == None, None == x)
print(1 < x, x > 1)

class Never:
    def __eq__(self, other):
        return NotImplemented
n = Never()
print(n == n, n == Never(), n != Never(), n == 0)

class Both:
    def __eq__(self, other):
        print("Both.__eq__")
        return False
    def __ne__(self, other):
        print("Both.__ne__")
        return False
print(Both() != Both())
