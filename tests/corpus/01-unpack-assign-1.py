# chapter: 1
# starred assignment: the starred target always gets a new list
a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
[a, *b] = 'xyz'
print(a, b)
a, *b, c = [1, 2]
print(a, b, c)
*a, = range(3)
print(a)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
first, *middle, last = "hello"
print(first, middle, last)
head, *tail = iter([10, 20, 30])
print(head, tail, type(tail).__name__)
xs = (1, 2)
*ys, = xs
print(ys, ys is xs, type(ys).__name__)
def split(seq):
    first, *rest = seq
    return first, rest
print(split([5]), split('ab'))
