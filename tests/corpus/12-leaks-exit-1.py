# chapter: 12
# at exit the module's globals are cleared, in order: their __del__ methods run
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
first = Noisy("first")
second = Noisy("second")
print("end of script")
