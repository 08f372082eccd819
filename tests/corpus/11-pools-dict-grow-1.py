# chapter: 11
# a dict grown past the small-object limit and emptied again keeps every value right
d = {}
for i in range(1000):
    d[i] = str(i)
for i in range(0, 1000, 2):
    del d[i]
print(len(d))
print(d[1], d[999], 0 in d, 998 in d)
total = 0
for k in d:
    total += k
print(total)
