# chapter: 1
# the errors of unpacking: too few values, not iterable, not a mapping
def f1():
    a, *b, c = [1]
def f2():
    a, *b = 5
def f3():
    return [*5]
def f4():
    return {**5}
def f5():
    a, b = [1, 2, 3]
def f6():
    a, b, *c, d, e = 'abc'
def f7():
    *a, b = []
def f8():
    return (*None,)
def f9():
    print(*1)
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
