# chapter: 1
# nonlocal needs a binding in an enclosing function; a global does not count
print("never")
x = 1
def f():
    nonlocal x
    x = 2
