# chapter: 1
# locals shadow globals; parameters are locals
x = "global x"
def f(x):
    x = x + " (changed)"
    return x
def g():
    y = "local y"
    return x + " / " + y
print(f("arg"))
print(x)
print(g())
