class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

group = [Noisy("1"), Noisy("2"), Noisy("3")]
group = [Noisy("4")]
print("replaced")
group.append(group[0])
del group
print("end")
