# chapter: 8
# special methods defined only in the second base are dispatched through the slots
class Plain:
    def __init__(self, n):
        self.n = n

class Rich:
    def __repr__(self):
        return "Rich(%r)" % self.n
    def __eq__(self, other):
        return isinstance(other, Rich) and self.n == other.n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __add__(self, other):
        return type(self)(self.n + other.n)
    def __lt__(self, other):
        return self.n < other.n
    def __bool__(self):
        return self.n != 0
    def __call__(self, x):
        return x * self.n
    def __contains__(self, x):
        return x == self.n

class Thing(Plain, Rich):
    pass

a, b = Thing(3), Thing(3)
print(repr(a), str(a), [a], a == b, a != Thing(4), len(a), list(a), a[2])
print(a + b, sorted([Thing(5), a, Thing(1)]), bool(Thing(0)), a(7), 3 in a, 4 in a)
print(Thing.__hash__, Rich.__hash__)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(f"{a!r} {a}")
