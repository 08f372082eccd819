# chapter: 8
# d | other makes a new dict (a dict even from a subclass), d |= other
# updates d in place and takes any mapping or iterable of pairs
class D(dict):
    pass
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, c is a, type(D(p=1) | {}).__name__, type({} | D(q=2)).__name__)
before = a
a |= [("w", 0)]
a |= b
print(a, a is before)
for bad in ["{} | [(1, 2)]", "{} | 5"]:
    try:
        if bad == "{} | 5":
            {} | 5
        else:
            {} | [(1, 2)]
    except TypeError as e:
        print("TypeError", e)
try:
    a |= 5
except TypeError as e:
    print("TypeError", e)
print({1: "a"} | {1: "b"}, dict(a) == a)
