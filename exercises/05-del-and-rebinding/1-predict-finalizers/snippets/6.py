class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

outer = Noisy("outer")
outer.inner = Noisy("inner")
outer.inner.deeper = [Noisy("deepest")]
del outer
print("end")
