import gc

saved = []

class Keeper:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)
        if self.name == "x":
            saved.append(self)

gc.collect()
x = Keeper("x")
y = Keeper("y")
x.other = y
y.other = x
del x, y
print("found", gc.collect())
print(saved[0].other.name)
saved.clear()
print("found", gc.collect())
