class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

row = [Noisy("p"), Noisy("q"), Noisy("r")]
del row[1]
print("deleted q")
first = row[0]
row[0] = None
print("kept p")
del row, first
print("end")
