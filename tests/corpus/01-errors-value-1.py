# chapter: 1
# ValueError messages: int(), remove, index, unpacking
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("1.5")
except ValueError as e:
    print(e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
try:
    "a b".split("")
except ValueError as e:
    print(e)
