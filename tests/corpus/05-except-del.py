# chapter: 5
# an instance of an exception subclass is freed like any object: its
# __del__ runs when the last reference goes, and at most once
class Failed(Exception):
    def __del__(self):
        print("freed", self.args)
e = Failed(1)
del e
try:
    raise Failed(2)
except Failed:
    print("caught 2")
try:
    raise Failed(3)
except Failed as err:
    print("caught", err)
print("after the handler")
kept = []
class Clingy(ValueError):
    def __del__(self):
        print("saving", self.args)
        kept.append(self)
c = Clingy("x")
del c
print(len(kept))
del kept[0]
print("end")
