# chapter: 1
# the bitwise, power and invert special methods, and an in-place one falling back
class V:
    def __init__(self, n): self.n = n
    def __or__(self, o): return V(self.n | o.n)
    def __ror__(self, o): return V(o | self.n)
    def __pow__(self, o): return V(self.n ** o)
    def __invert__(self): return V(~self.n)
    def __ixor__(self, o):
        self.n ^= o
        return self
    def __repr__(self): return f"V({self.n})"
a = V(5)
print(a | V(2), 8 | a, a ** 2, ~a)
b = a
a ^= 1
print(a, b is a)
a <<= 1
