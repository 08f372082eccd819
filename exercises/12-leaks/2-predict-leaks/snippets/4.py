import gc
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)
gc.collect()
r = Resource("r")
r.me = r
del r
print(gc.collect(), gc.garbage)
