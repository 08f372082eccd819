# chapter: 8
# CPython's errors: no consistent MRO, a duplicate base, an instance lay-out conflict
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass

def attempt(make):
    try:
        cls = make()
        print("made", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print("TypeError:", e)

def c1():
    class C(A, B): pass
    return C
def c2():
    class C(X, A): pass
    return C
def c3():
    class C(X, X): pass
    return C
def c4():
    class C(A, X, Y): pass
    return C
def c5():
    class C(OSError, SystemExit): pass
    return C
def c6():
    class C(KeyError, ValueError): pass
    return C
def c7():
    class C(X, 1): pass
    return C
def c8():
    class C(NameError, AttributeError): pass
    return C

for make in (c1, c2, c3, c4, c5, c6, c7, c8):
    attempt(make)

class Loud:
    print("the body runs before the MRO is checked")
try:
    class Bad(A, B):
        print("body of Bad")
except TypeError as e:
    print(e)
