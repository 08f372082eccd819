import gc

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)

gc.collect()
chain = [Noisy("bottom of the live chain")]
for i in range(200000):
    chain = [chain]
garbage = [Noisy("bottom of the dead chain")]
top = garbage
for i in range(200000):
    garbage = [garbage]
top.append(garbage)
del garbage, top
print("collected", gc.collect())
depth = 0
while len(chain) == 1 and type(chain[0]) is list:
    chain = chain[0]
    depth += 1
print(depth, chain[0].name)
print("end")
