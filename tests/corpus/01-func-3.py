# chapter: 1
# functions are objects: bound to names, passed and returned
def double(x):
    return x * 2
def apply(f, v):
    return f(v)
twice = double
print(twice is double, apply(double, 21), apply(twice, "ab"))
def pick(name):
    if name == "double":
        return double
    return apply
print(pick("double")(5))
print(type(double))
print(repr(double).startswith("<function double at 0x"))
