class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

def use(obj):
    local = Noisy("local")
    print("using", obj.name)

kept = Noisy("kept")
use(kept)
print("back")
use(Noisy("temp"))
print("back again")
del kept
print("end")
