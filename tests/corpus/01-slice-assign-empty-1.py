# chapter: 1
# slice assignment into an empty list (found by make fuzz: its NULL item
# array was offset, undefined in C, when nothing was removed)
a = [1, 2, 3]
del a[::1]
a[5:2] = ["here"]
print(a)
b = []
b[:] = []
b[0:0] = "xy"
print(b)
c = []
c[3:] = (1, 2)
del c[:]
c[:0] = c
print(c, len(c))
