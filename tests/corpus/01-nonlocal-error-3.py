# chapter: 1
# a name read before its nonlocal declaration
print("never")
def f():
    x = 1
    def g():
        print(x)
        nonlocal x
    return g
