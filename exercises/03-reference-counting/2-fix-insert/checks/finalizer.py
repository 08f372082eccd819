class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

box = []
box.insert(0, Noisy("first"))
box.insert(0, Noisy("second"))
print("inserted", len(box))
box = None
print("done")
