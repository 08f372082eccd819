# chapter: 5
# clear() and pop() release items too
class Tracked:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("deallocated", self.label)
xs = [Tracked("a"), Tracked("b"), Tracked("c")]
xs.pop(1)
print("popped")
xs.clear()
print("cleared")
d = {"x": Tracked("x"), "y": Tracked("y")}
d.pop("y")
print("dict popped")
d.clear()
print("dict cleared")
