# chapter: 1
# the with statement: __enter__/__exit__, the as target, exceptions passed to __exit__, a true result suppresses
class Suppress:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        print("enter")
        return "entered"
    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__ if exc_type else None, repr(exc))
        return isinstance(exc, self.kind)

with Suppress(KeyError) as s:
    print(s)
    {}["missing"]
    print("not reached")
print("after")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)

def f():
    for i in range(3):
        with Suppress(KeyError):
            if i == 1:
                continue
            if i == 2:
                return "returned"
            print("i", i)
print(f())

def g():
    with Suppress(KeyError):
        while True:
            with Suppress(ValueError):
                break
        return 5
print(g())

with Suppress(Exception) as a, Suppress(KeyError) as b:
    print(a, b)
    raise KeyError(1)
with Suppress(KeyError) as (x, y):
    pass
print(x, y)
with Suppress(ValueError) as (x, y, z):
    pass
print("unpack error suppressed")

class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        print("closed", self.name)
r = Resource("file")
with r as handle:
    print(handle is r, r.open)
print(r.open)
with Resource("outer") as o:
    with Resource("inner") as i:
        print(o.open, i.open)
