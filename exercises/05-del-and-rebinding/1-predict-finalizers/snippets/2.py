class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

for name in ["x", "y", "z"]:
    current = Noisy(name)
    print("made", name)
print("loop over")
del current
print("end")
