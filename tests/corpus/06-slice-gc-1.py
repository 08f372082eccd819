# chapter: 6
# slices are tracked containers (56 bytes with the GC header), and one dead slice is reused: slicing in a loop allocates nothing
import gc, sys
s = slice(1, 2)
print(gc.is_tracked(s), gc.is_tracked(slice(None)), sys.getsizeof(s), sys.getsizeof(slice(1, 2, 3)))
del s
gc.disable()
a = [1, 2, 3, 4]
t = (1, 2, 3)
text = 'abcdef'
for i in range(3):              # warm up: a slice in the cache, tuples on the free list
    x = t[1:]
    z = t[::-1]
before = gc.get_count()[0]
for i in range(100):
    x = t[1:]
    y = text[::2]
    z = t[::-1]
print(gc.get_count()[0] - before)
x = slice(1, 2)
y = slice(3, 4)
print(gc.get_count()[0] - before)
del x, y
print(gc.get_count()[0] - before)
gc.enable()
