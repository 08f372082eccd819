# chapter: 8
# a special method set on a class after creation reaches the classes already derived from it
class A:
    pass
class B(A):
    pass
class C(B):
    pass
b, c = B(), C()
A.__len__ = lambda self: 3
print(len(b), len(c))
A.__repr__ = lambda self: "an A"
print(repr(b), repr(c))
B.__repr__ = lambda self: "a B"
print(repr(A()), repr(b), repr(c))
A.__eq__ = lambda self, other: True
print(b == 1, c == "x")
A.__getitem__ = lambda self, i: i * 2
print(c[21], list(zip(c, range(3))))
class L(list):
    pass
class LL(L):
    pass
ll = LL([1, 2])
L.__len__ = lambda self: 99
print(len(ll), ll)
