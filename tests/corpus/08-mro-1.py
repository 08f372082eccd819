# chapter: 8
# C3 order: __mro__, mro(), __bases__, __base__ for diamonds and a deeper hierarchy
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(cls):
    return [c.__name__ for c in cls.__mro__]

for cls in (K1, K2, K3, Z):
    print(cls.__name__, names(cls))
print(Z.mro() == list(Z.__mro__), type(Z.mro()).__name__)
print(Z.__bases__)
print(Z.__base__, K3.__base__)

class Left: pass
class Right: pass
class Both(Left, Right): pass
class Again(Right, Left): pass
print(names(Both), names(Again))
print(Both.__mro__[0] is Both, Both.__mro__[-1] is object)
