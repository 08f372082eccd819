# chapter: 5
# parameters come before other locals; a rebound local frees its old value at once
class Tracked:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("deallocated", self.label)
def g(p, q):
    local = Tracked("local")
    p = Tracked("new p")
    print("returning")
g(Tracked("arg p"), Tracked("arg q"))
print("after call")
