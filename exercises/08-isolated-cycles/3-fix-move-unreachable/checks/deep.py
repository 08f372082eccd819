import gc

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)

gc.collect()
holder = [[Noisy("deep")]]
print("collecting")
print(gc.collect())
print("after the collection:", holder[0][0].name)
del holder
print("end")
