# chapter: 8
# errors: lay-out conflicts, types that cannot be subclassed, bad calls of the unbound methods
class L(list): pass
class D(dict): pass
for make in (lambda: type("X", (list, dict), {}),):
    pass
try:
    class X(list, dict): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(L, D): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Z(list, Exception): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
for call in (lambda: L(1, 2), lambda: L(a=1), lambda: D(1, 2), lambda: list.append(1, 2),
             lambda: list.__init__(1), lambda: list.append(), lambda: L(5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class M(L, list): pass
print(M.__mro__, M([1]))
print(list.append, dict.__setitem__, list.__init__, L.append)
