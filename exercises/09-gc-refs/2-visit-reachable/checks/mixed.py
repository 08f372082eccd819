import gc

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

gc.collect()
shared = Noisy("shared")
ring1 = Noisy("ring1")
ring2 = Noisy("ring2")
ring1.other = ring2
ring2.other = ring1
ring1.shared = shared
kept1 = Noisy("kept1")
kept2 = Noisy("kept2")
kept1.other = kept2
kept2.other = kept1
kept2.shared = shared
holder = [kept1]
del shared, ring1, ring2, kept1, kept2
print("collecting")
print(gc.collect(0))
print("holder still holds", holder[0].name, holder[0].other.name, holder[0].other.shared.name)
holder.clear()
print("cleared")
print(gc.collect(1))
print("end")
