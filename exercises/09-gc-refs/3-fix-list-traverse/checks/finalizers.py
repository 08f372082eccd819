import gc

class Closing:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)

gc.collect()
group = [Closing("first")]
group[0].group = group
del group
print("collecting")
print(gc.collect())
print("done")
