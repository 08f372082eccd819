# chapter: 1
# a class with __init__, attributes and methods
class Counter:
    def __init__(self, start=0):
        self.value = start
    def inc(self, by=1):
        self.value += by
        return self.value
    def reset(self):
        self.value = 0
c = Counter()
c.inc()
c.inc(5)
print(c.value)
d = Counter(100)
print(d.inc(), c.inc())
c.reset()
print(c.value, d.value)
