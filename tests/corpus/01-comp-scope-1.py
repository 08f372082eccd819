# chapter: 1
# 3.11 runs a comprehension in its own function: the loop variable does not leak
x = 'outer'
print([x for x in 'ab'], x)
def f(n):
    k = 10
    return [i + k for i in range(n)]
print(f(3))
def g():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(g())
class C:
    items = [1, 2]
    doubled = [i * 2 for i in items]
print(C.doubled)
def h():
    y = 5
    return [y * z for z in range(3)], h.__code__.co_cellvars
print(h())
def first_iterable_outside():
    data = [3, 4]
    return [d for d in data]
print(first_iterable_outside())
try:
    print([q for q in range(2)], q)
except NameError as e:
    print('NameError:', e)
