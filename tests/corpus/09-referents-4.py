# chapter: 9
# an instance refers to its attribute values, then to its class
import gc
class Pixel:
    def __init__(self, x, y):
        self.pos = [x, y]
        self.color = "red"
p = Pixel(3, 4)
print(gc.get_referents(p))
