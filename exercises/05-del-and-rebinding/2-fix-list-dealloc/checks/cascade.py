class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)
table = [Noisy("a"), [Noisy("b"), Noisy("c")], Noisy("d")]
del table
print("table freed")
