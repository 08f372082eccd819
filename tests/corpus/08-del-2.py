# chapter: 8
# finalizers run before the cycle is broken: __del__ still sees its partner's attributes
import gc
class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "sees", self.other.name)
gc.collect()
x = Part("x")
y = Part("y")
x.other = y
y.other = x
del x, y
print(gc.collect())
