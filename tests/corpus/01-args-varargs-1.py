# chapter: 1
# *args and **kwargs in definitions: what lands in the tuple and the dict
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{'c': 9, 'z': 1}))
print(f(*(1, 2), c=3, **{'d': 5}))
print(f(1, *[], c=2, *[3]))
print(f(**{'a': 1, 'c': 2}))
code = f.__code__
print(code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_flags)
print(code.co_varnames, code.co_nlocals)
print(f.__defaults__, f.__kwdefaults__)
def g(*args):
    return args
print(g(), g(1), g(*'abc'), type(g(1)).__name__)
def h(**kwargs):
    return sorted(kwargs.items())
print(h(), h(x=1, y=2), h(**{'a': 1}, b=2))
def outer():
    def inner(*a, **k):
        pass
    return inner
print(outer().__code__.co_flags, (lambda *a: a).__code__.co_flags, (lambda: 0).__code__.co_flags)
print((lambda *a, **k: (a, k))(1, 2, x=3))
