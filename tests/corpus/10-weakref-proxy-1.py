# chapter: 10
# S40: a proxy forwards to its referent, then raises ReferenceError.
import weakref
class Greeter:
    def __init__(self):
        self.greeting = "hello"
    def f(self):
        print(self.greeting.upper())
o = Greeter()
p = weakref.proxy(o)
p.f()
p.greeting = "bye"
print(o.greeting, p.greeting)
print(type(p))
print(p)
print(weakref.proxy(o) is p)
del o
try:
    p.f()
except ReferenceError as e:
    print("ReferenceError:", e)
print(repr(p).startswith("<weakproxy at"))
p.f()
