# chapter: 1
# nonlocal and global for one name: reported at the first of the two
print("never")
def f():
    x = 1
    def g():
        global x
        y = 2
        nonlocal x
    return g
