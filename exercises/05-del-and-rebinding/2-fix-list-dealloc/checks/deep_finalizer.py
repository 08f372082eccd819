class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)
nested = [Noisy("bottom")]
depth = 0
while depth < 200:
    nested = [[], nested, []]
    depth += 1
nested = None
print("freed", depth, "levels")
