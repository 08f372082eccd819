class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)
turn = 0
while turn < 100:
    scratch = []
    turn += 1
print("made and dropped", turn, "empty lists")
box = [Noisy("first"), Noisy("second")]
box = None
print("box dropped")
holder = [[], Noisy("inside")]
holder[0].append(Noisy("nested"))
del holder
print("holder deleted")
