# chapter: 3
# an object with two names survives until the last name lets go
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = Noisy("x")
b = a
a = 0
print("a rebound")
b = 0
print("b rebound")
