keep = []
for i in range(3000):
    keep.append("x" * (i % 600))
for i in range(0, 3000, 2):
    keep[i] = None
n = 0
for s in keep:
    if s is not None:
        n += len(s)
print(n)
