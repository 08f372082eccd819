# Attribute get and set on one instance inside a function: three reads and
# two writes a step; the only objects made are the ints of the count.
class Counter:
    def __init__(self):
        self.count = 0
        self.step = 1

def loop(n):
    c = Counter()
    for i in range(n):
        c.count = c.count + c.step
        c.step = c.step + 1 - 1
    return c.count

print(loop(2000000))
