# chapter: 1
# keyword-only parameters: after a bare * or after *args, with or without defaults
def connect(host, *, port=80, timeout):
    return host, port, timeout
print(connect('a', timeout=3))
print(connect('a', timeout=3, port=8080))
print(connect.__kwdefaults__, connect.__defaults__)
def k(*, a, b, c):
    return a + b + c
print(k(c=1, b=2, a=3))
def mixed(a, b=1, *rest, key=None, **opts):
    return a, b, rest, key, opts
print(mixed(0, 1, 2, 3, key='k', other=5))
print(mixed.__code__.co_varnames)
for call in [lambda: connect('a'), lambda: k(), lambda: k(1, 2),
             lambda: k(1, a=2), lambda: connect('a', 1, timeout=2),
             lambda: connect('a', 1, 2, timeout=2, port=3), lambda: k(a=1, c=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
kd = k.__kwdefaults__
print(kd)
def late(*, x=[]):
    x.append(1)
    return x
print(late(), late(), late(x=[]))
