# chapter: 1
# class bodies and closures: a class body reads an enclosing function's variable, its methods skip the class's own names, and `global` in a class body
y = "global y"
def make():
    y = "local y"
    z = "local z"
    class C:
        seen = y
        z = "class z"
        def method(self):
            return y, z
        def own(self):
            return __class__.__name__
    return C
C = make()
print(C.seen, C.z)
print(C().method())
print(C().own(), C.method.__code__.co_freevars, C.own.__code__.co_freevars)
x = 1
class D:
    global x
    x = 2
    w = x
print(x, D.w, "x" in D.__dict__)
def nonlocal_in_class():
    n = 1
    class E:
        nonlocal n
        n = 2
        m = n
    return n, E.m
print(nonlocal_in_class())
def shadow():
    v = "function"
    class F:
        v = "class"
        w = v
    return F.w
print(shadow())
