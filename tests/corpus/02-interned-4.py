# chapter: 2
# attribute and keyword names are interned: a runtime name interned matches them
import sys
class Holder:
    def __init__(self):
        self.payload = 1
h = Holder()
key = sys.intern("".join(["pay", "load"]))
names = list(dict(payload=1).keys())
print(names[0] is key)
print(hasattr(h, key))
