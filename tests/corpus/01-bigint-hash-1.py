# chapter: 1
# CPython's int hash: the value modulo 2**61 - 1 with its sign, -1 taken;
# equal ints and floats hash alike, so they find each other in a dict.
m = 2305843009213693951
for v in [-1, -2, 0, m - 1, m, m + 1, -m, -m - 1, 2 * m, pow(2, 64), -pow(2, 64), pow(2, 1000), pow(10, 100)]:
    print(hash(v))
print(hash(1e20) == hash(100000000000000000000), hash(1180591620717411303424.0) == hash(pow(2, 70)))
d = {}
d[pow(2, 100)] = "a"
d[pow(2, 100) + 1] = "b"
d[-pow(2, 100)] = "c"
d[m + 1] = "d"
d[1] = "e"
print(d[1267650600228229401496703205376], d[-1267650600228229401496703205376], d[2305843009213693952])
print(len(d), d[1.2676506002282294e30], pow(2, 100) in d, pow(2, 100) + 2 in d, d)
d[1.2676506002282294e30] = "float"
print(d)
counts = {}
for k in [pow(3, 50), pow(3, 50), 717897987691852588770249, -pow(3, 50)]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
