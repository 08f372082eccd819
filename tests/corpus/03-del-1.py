# chapter: 3
# an object is freed the moment its count reaches zero: __del__ runs at once
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = Noisy("first")
print("before rebinding")
a = Noisy("second")
print("after rebinding")
a = None
print("after None")
