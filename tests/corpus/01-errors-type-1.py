# chapter: 1
# TypeError messages from operators and subscripts
def show(e):
    print(type(e), e)
try:
    1 + "a"
except TypeError as e:
    show(e)
try:
    "a" + 1
except TypeError as e:
    show(e)
try:
    [1] + (2,)
except TypeError as e:
    show(e)
try:
    "a" - "b"
except TypeError as e:
    show(e)
try:
    x = 5
    x()
except TypeError as e:
    show(e)
try:
    x = 5
    x[0]
except TypeError as e:
    show(e)
try:
    t = (1, 2)
    t[0] = 9
except TypeError as e:
    show(e)
try:
    d = {}
    d[[1]] = 2
except TypeError as e:
    show(e)
try:
    print(1 < "2")
except TypeError as e:
    show(e)
try:
    s = "abc"
    s[0] = "z"
except TypeError as e:
    show(e)
