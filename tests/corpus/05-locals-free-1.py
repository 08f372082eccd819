# chapter: 5
# on return, locals are released in the order they were first assigned
class Tracked:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("deallocated", self.label)
def f():
    first = Tracked("first")
    second = Tracked("second")
    third = Tracked("third")
    print("returning")
    return second
kept = f()
print("kept", kept.label)
del kept
print("end")
