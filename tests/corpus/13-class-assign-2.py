# chapter: 8
# __class__ assignment between list subclasses and between exception
# classes (same layout), and refused between a plain class and a list
# subclass (different layout), with CPython's messages.
class L(list):
    pass


class M(list):
    def total(self):
        return sum(self)


items = L([1, 2, 3])
items.__class__ = M
print(type(items).__name__, items, items.total())


class Plain:
    pass


try:
    Plain().__class__ = L
except TypeError as e:
    print("TypeError:", e)
try:
    items.__class__ = Plain
except TypeError as e:
    print("TypeError:", e)


class E(Exception):
    pass


class F(Exception):
    pass


err = E("boom")
err.__class__ = F
print(repr(err), type(err).__name__)
try:
    raise err
except F as caught:
    print("caught as F:", caught)
try:
    err.__class__ = ValueError
except TypeError as e:
    print("TypeError:", e)
