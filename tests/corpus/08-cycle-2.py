# chapter: 8
# a cycle whose objects have __del__ is collected since 3.4; gc.garbage stays empty (S35)
import gc
class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)
p = Part("p")
q = Part("q")
p.other = q
q.other = p
del p, q
print("collecting")
n = gc.collect()
print(n > 0, gc.garbage)
