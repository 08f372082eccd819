# chapter: 8
# a method that reads __class__ (as super() does): the class body's __class__ cell refers to the class, adding one more object to the class's cycle
import gc, sys
gc.collect()
def make():
    class Base:
        def hello(self):
            return "base"
    class Child(Base):
        def hello(self):
            return "child of " + __class__.__bases__[0].hello(self)
    return Base, Child
B, C = make()
print(C().hello())
print(C.hello.__code__.co_freevars, C.hello.__closure__[0].cell_contents is C)
print(sys.getrefcount(C), sys.getrefcount(B))
del B, C
print(gc.collect())
def plain():
    class P:
        def m(self):
            return 1
    return P
P = plain()
del P
print(gc.collect())
