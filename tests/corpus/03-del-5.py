# chapter: 3
# rebinding a loop variable frees the previous object each time round
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
for i in range(3):
    obj = Noisy(i)
    print("made", i)
print("loop done")
obj = None
