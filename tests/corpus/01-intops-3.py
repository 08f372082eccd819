# chapter: 1
# augmented assignment with every operator
x = 7
x **= 2
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x &= 0b11110
print(x)
x |= 0b1
print(x)
x ^= 0xff
print(x)
x /= 4
print(x)
x //= 2
print(x)
x %= 7
print(x)
y = 10
y //= 3
y %= 2
y **= 100
print(y)
big = 1
big <<= 200
big >>= 100
big **= 2
print(big, big == 2 ** 200)
f = 2.0
f **= 0.5
f /= 2
print(f)
a = [1, 2, 3]
a[0] **= 3
a[1] <<= 4
a[2] ^= 1
print(a)
class Box:
    pass
b = Box()
b.v = 5
b.v |= 2
b.v //= 2
b.v %= 2
b.v **= 3
print(b.v)
flags = True
flags &= False
print(flags, type(flags))
flags |= True
print(flags, type(flags))
flags ^= 1
print(flags, type(flags))
s = 'ab'
try:
    s **= 2
except TypeError as e:
    print(e)
try:
    s <<= 1
except TypeError as e:
    print(e)
try:
    s /= 2
except TypeError as e:
    print(e)
