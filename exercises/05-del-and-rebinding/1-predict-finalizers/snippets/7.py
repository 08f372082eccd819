class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

registry = {}

def make(name):
    obj = Noisy(name)
    registry[name] = obj
    return obj

item = make("item")
del item
print("name gone")
registry.pop("item")
print("popped")
