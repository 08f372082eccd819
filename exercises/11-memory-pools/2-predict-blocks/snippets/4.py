class Thing:
    pass
x = Thing()
y = Thing()
ix = id(x)
iy = id(y)
del x
del y
z = Thing()
print(id(z) == ix, id(z) == iy)
