# chapter: 5
# the order items are released when a list, a tuple or a dict is freed
class Tracked:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("deallocated", self.label)
xs = [Tracked("l0"), Tracked("l1"), Tracked("l2")]
del xs
print("--")
t = (Tracked("t0"), Tracked("t1"), Tracked("t2"))
del t
print("--")
d = {"a": Tracked("d0"), "b": Tracked("d1")}
del d
print("--")
