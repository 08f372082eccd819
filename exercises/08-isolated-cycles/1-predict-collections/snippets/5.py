import gc

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)

gc.disable()
gc.collect()
a = Noisy("a")
a.me = a
b = Noisy("b")
del a, b
print("names deleted")
print(gc.collect())
gc.enable()
