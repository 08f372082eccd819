# chapter: 1
# dict(): from keywords, from pairs, copying; iterating gives keys
d = dict(alpha=1, beta=2)
print(d)
e = dict([("k", "v"), ("n", 0)])
print(e)
f = dict(d)
f["gamma"] = 3
print(d, f)
print(dict())
for key in f:
    print(key, f[key])
