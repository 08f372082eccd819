# chapter: 1
# a class body binds nothing for its methods: nonlocal in a method finds no binding there
print("never")
def f():
    class C:
        x = 1
        def m(self):
            nonlocal x
    return C
