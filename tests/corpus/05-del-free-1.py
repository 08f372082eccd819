# chapter: 5
# del of the only name frees the object at once (S19)
class Tracked:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("deallocated", self.label)
a = Tracked("list-like")
print("before del")
del a
print("after del")
