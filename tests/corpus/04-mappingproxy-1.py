# chapter: 4
# C.__dict__ is a new read-only mappingproxy on each access, reading
# through to the class's dict; writes are refused as CPython refuses them
import sys
class C:
    x = 1
    def f(self):
        return 2
d = C.__dict__
print(type(d).__name__, type(d))
print(d["x"], "x" in d, "y" in d, d.get("y"), d.get("y", 5), len(d) == len(dict(d)))
print(sorted(k for k in d if not k.startswith("__")))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(d == dict(d), d != {}, C.__dict__ is C.__dict__, C.__dict__ == C.__dict__)
print(sys.getrefcount(C.__dict__), type(d.copy()).__name__, sorted(d | {"z": 0})[-2:])
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError", e)
try:
    d.pop("x")
except AttributeError as e:
    print("AttributeError", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
C.y = 3
print(d["y"], repr(type(d)({"a": 1})), type(d)({1: 2})[1])
try:
    type(d)([])
except TypeError as e:
    print("TypeError", e)
print(C().f(), C.x)
