# chapter: 5
# a local deleted with del goes at once; the others at return
class Tracked:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("deallocated", self.label)
def h():
    x = Tracked("x")
    y = Tracked("y")
    del x
    print("x deleted inside h")
    z = Tracked("z")
h()
print("h returned")
