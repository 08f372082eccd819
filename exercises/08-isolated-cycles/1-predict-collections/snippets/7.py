import gc
gc.collect()

class Empty:
    pass

class Counter:
    def __init__(self):
        self.count = 0

    def add(self):
        self.count += 1

del Empty
print(gc.collect())
del Counter
print(gc.collect())
