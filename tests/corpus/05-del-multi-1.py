# chapter: 5
# del with several targets deletes them left to right
class Tracked:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("deallocated", self.label)
a = Tracked("a")
b = Tracked("b")
c = Tracked("c")
del b, c, a
print("all deleted")
xs = [Tracked("x0"), Tracked("x1"), Tracked("x2")]
d = {"k": Tracked("dk")}
del xs[0], d["k"]
print("items deleted", len(xs), d)
xs = None
print("list released")
