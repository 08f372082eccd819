# chapter: 2
# in a script, equal int constants are one object: one constant table per compilation unit
a = 1000
b = 1000
print(a is b)
c = int("1000")
print(a is c, a == c)
def f():
    return 1000
print(f() is a)
