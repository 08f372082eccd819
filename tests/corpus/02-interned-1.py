# chapter: 2
# identifier-like constants are interned; equal strings built at run time are not (S04)
a = "good"
b = "good"
print(a is b)
c = "".join(["go", "od"])
print(c == a, c is a)
d = "go"
d += "od"
print(d == a, d is a, d is c)
