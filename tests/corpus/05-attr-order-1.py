# chapter: 5
# an instance's attributes are released when the instance is freed
class Tracked:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("deallocated", self.label)
class Pair:
    def __init__(self):
        self.left = Tracked("left")
        self.right = Tracked("right")
    def __del__(self):
        print("deallocated pair")
p = Pair()
del p
print("pair gone")
