class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

table = {"one": Noisy("one"), "two": Noisy("two")}
table["one"] = Noisy("three")
print("replaced")
table = None
print("end")
