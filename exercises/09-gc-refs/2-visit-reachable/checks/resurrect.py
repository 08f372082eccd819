import gc

saved = []

class Phoenix:
    def __del__(self):
        print("saving", self.name)
        saved.append(self)

gc.collect()
bird = Phoenix()
bird.name = "bird"
nest = [bird]
bird.nest = nest
del bird, nest
print(gc.collect())
print(len(saved), saved[0].name, saved[0].nest[0] is saved[0])
saved.clear()
print(gc.collect())
