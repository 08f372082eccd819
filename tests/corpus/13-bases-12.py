# chapter: 8
# deallocation of list and dict subclass instances: __del__, attributes and items freed, deep nesting
class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
class L(list):
    def __del__(self):
        print("L freed", len(self))
class D(dict):
    pass
l = L([Tracker("item")])
l.attr = Tracker("attr")
del l
print("--")
d = D(k=Tracker("value"))
d.attr = Tracker("dattr")
del d
print("--")
class Deep(list):
    pass
deep = Deep()
for i in range(100000):
    deep = Deep([deep])
del deep
print("deep freed")
