# chapter: 1
# mutable vs immutable: += keeps a list's identity but rebinds an int name (S30)
xs = [1, 2]
before = id(xs)
xs += [3]
print(id(xs) == before, xs)
n = 1000
before = id(n)
n += 1
print(id(n) == before, n)
s = "text"
before = id(s)
s += "!"
print(id(s) == before, s)
t = (1, 2)
before = id(t)
t += (3,)
print(id(t) == before, t)
