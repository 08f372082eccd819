# chapter: 5
# replacing a dict value or a list slot frees the old value at once
class Tracked:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("deallocated", self.label)
d = {"slot": Tracked("old value")}
d["slot"] = Tracked("new value")
print("dict slot replaced")
xs = [Tracked("old item")]
xs[0] = Tracked("new item")
print("list slot replaced")
d = None
xs = None
print("end")
