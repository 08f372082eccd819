# chapter: 8
# a ring of five lists: every one of them is unreachable once the name goes
import gc
gc.collect()
first = []
last = first
for i in range(4):
    nxt = [i]
    last.append(nxt)
    last = nxt
last.append(first)
del first, last, nxt
print(gc.collect())
