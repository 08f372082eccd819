# chapter: 9
# a chain that hangs off a cycle is unreachable with it and collected in the same pass
import gc
gc.collect()
a = ["a"]
b = ["b", a]
a.append(b)
tail = b
for i in range(5):
    link = [i]
    tail.append(link)
    tail = link
del a, b, tail, link
print(gc.collect())
