class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

a = Noisy("a")
b = a
del a
print("deleted a")
b = None
print("rebound b")
