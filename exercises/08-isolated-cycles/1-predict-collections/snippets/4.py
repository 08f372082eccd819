import gc

class Link:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)

gc.collect()
first = Link("first")
second = Link("second")
third = Link("third")
first.next = second
second.next = third
third.next = first
del first, second, third
print("collected", gc.collect())
print(gc.garbage)
