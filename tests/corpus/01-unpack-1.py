# chapter: 1
# tuple unpacking: swap, from lists, in for loops
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = [7, 8, 9]
print(x + y + z)
first, second = "ab"
print(first, second)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for i, pair in [(0, "p"), (1, "q")]:
    print(i, pair)
(p, q) = ("left", "right")
print(p, q)
