# chapter: 1
# a name assigned (even by +=) before its nonlocal declaration
print("never")
def f():
    x = 1
    def g():
        x += 1
        nonlocal x
    return g
