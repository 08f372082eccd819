# chapter: 1
# closures made in a loop share one cell: each reads the variable's last value (late binding); a default argument captures the value now
def make_all():
    funcs = []
    for i in range(3):
        def show():
            return i
        funcs.append(show)
    return funcs
print("late binding" if True else "never")
fs = make_all()
print(fs[0](), fs[1](), fs[2]())
print(fs[0].__closure__[0] is fs[2].__closure__[0])
def make_bound():
    funcs = []
    for i in range(3):
        funcs.append(lambda i=i: i)
    return funcs
bs = make_bound()
print(bs[0](), bs[1](), bs[2](), bs[0].__closure__)
def make_lambdas():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n * 10)
        n += 1
    return out
ls = make_lambdas()
print(ls[0](), ls[2]())
def factory(k):
    return lambda x: x + k
adders = []
for k in range(3):
    adders.append(factory(k))
print(adders[0](10), adders[2](10))
