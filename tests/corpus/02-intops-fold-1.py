# chapter: 2
# constant folding of the new operators, and CPython's limits on it (128-bit ints)
a = 2 ** 10
b = 1024
print(a is b)
c = 2 ** 20
d = 1048576
print(c is d)
e = 1 << 20
print(e is d, (1 << 20) is d)
f = 2 ** 128
g = 340282366920938463463374607431768211456
print(f is g)
h = 2 ** 129
i = 680564733892623731246466762877436624281534945652
print(h == 2 * f, h is 2 * f)
j = 1 << 128
print(j is g)
k = 1 << 129
print(k == 2 * g)
m = 0xff00 & 0x0ff0
n = 3840
print(m is n)
o = ~1000
p = -1001
print(o is p)
q = 2 ** -1
r = 0.5
print(q is r)
s = 3 ** 81
t = 443426488243037769948249630619149892803
print(s is t)
u = 3 ** 80
print(u is 147808829414345923316083210206383297601)
v = 2 ** 64
w = 18446744073709551616
print(v is w)
