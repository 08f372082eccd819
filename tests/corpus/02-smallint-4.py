# chapter: 2
# a loop counter walks through the cache: each value is the cached object
hits = 0
cached = []
for v in range(250, 262):
    cached.append(v)
for v in range(250, 262):
    w = int(str(v))
    if w is cached[v - 250]:
        hits += 1
print(hits)
