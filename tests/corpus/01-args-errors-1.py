# chapter: 1
# CPython's TypeErrors when arguments do not fit the parameters
def f(a, b=2, *args, c, d=4, **kw):
    pass
def g():
    pass
def h(a, *, b):
    pass
class C:
    def m(self, x):
        pass
calls = [
    lambda: f(1),
    lambda: f(1, 2, 3, c=1, a=2),
    lambda: g(**1),
    lambda: g(*1),
    lambda: f(1, **{1: 2}),
    lambda: g(1, c=2),
    lambda: print(**{1: 2}),
    lambda: len(**3),
    lambda: g(**{'a': 1}, **{'a': 2}),
    lambda: f(1, c=1, **{'c': 2}),
    lambda: g(1, 2),
    lambda: g(1, *1),
    lambda: [].append(*1),
    lambda: h(1, 2),
    lambda: h(1, 2, b=3),
    lambda: h(),
    lambda: h(*[1]),
    lambda: C().m(*[1, 2]),
    lambda: C().m(**{'y': 1}),
    lambda: C.m(**{'x': 1}),
    lambda: len(*[1, 2]),
    lambda: h(1, b=2, **{'b': 3}),
]
for call in calls:
    try:
        call()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
