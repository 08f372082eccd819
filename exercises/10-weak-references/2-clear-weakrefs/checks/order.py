import weakref

class C:
    def __del__(self):
        print("__del__")

class Reporter:
    def __init__(self, label):
        self.label = label
    def report(self, ref):
        print("callback", self.label, ref() is None)

o = C()
refs = []
for label in ["a", "b", "c", "d"]:
    refs.append(weakref.ref(o, Reporter(label).report))
plain = weakref.ref(o)
print("del")
del o
print("after", plain(), weakref.getweakrefcount(refs[0]))
