# chapter: 4
# freeing a container releases what it holds: __del__ of the items follows
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
box = [Noisy("only-in-list")]
print("box made")
box = None
print("box gone")
d = {"k": Noisy("only-in-dict")}
d["k"] = 0
print("dict slot overwritten")
