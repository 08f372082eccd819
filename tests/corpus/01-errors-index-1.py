# chapter: 1
# IndexError and KeyError messages
try:
    [1, 2][2]
except IndexError as e:
    print(e)
try:
    (1,)[-2]
except IndexError as e:
    print(e)
try:
    "abc"[3]
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
try:
    xs = [0]
    xs[1] = 1
except IndexError as e:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e, repr(e))
try:
    {}[(1, "t")]
except KeyError as e:
    print(e)
try:
    {}.pop("gone")
except KeyError as e:
    print(e)
