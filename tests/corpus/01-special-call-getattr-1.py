# chapter: 1
# __call__ and __getattr__ (called only when the normal lookup fails)
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, step=1):
        self.count += step
        return self.count

c = Counter()
print(c(), c(), c(10), c(step=5), callable(c), callable(Counter))
print(list(map(Counter(), [1, 2, 3])))

class Defaults:
    color = "red"
    def __init__(self):
        self.size = 3
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("x"):
            raise AttributeError("no " + name)
        return name.upper()
d = Defaults()
print(d.size, d.color, d.shape)
print(getattr(d, "weight"), hasattr(d, "xyz"), getattr(d, "xq", "default"))
d.shape = "round"
print(d.shape)
try:
    d.xray
except AttributeError as e:
    print("AttributeError:", e)

class Wrapper:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        return getattr(self.target, name)
w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w.target, w.count(1), w.index(2))
try:
    w.missing
except AttributeError as e:
    print("AttributeError:", e)

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)

class Bad:
    def __call__(self):
        return 1 / 0
try:
    Bad()()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
