# chapter: 1
# set comprehensions: SET_ADD, their own scope, an unhashable element
squares = {n * n for n in range(-4, 5)}
print(squares, type(squares).__name__, len(squares))
words = ["ab", "cd", "ab"]
print(sorted({w.upper() for w in words if w}))
print({x for x in []})
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
try:
    {[i] for i in range(3)}
except TypeError as e:
    print(e)
x = 10
print({x for x in range(3)}, x)
