# chapter: 1
# a parameter cannot be nonlocal
print("never")
def f():
    x = 1
    def g(x):
        nonlocal x
    return g
