# chapter: 5
# del of an attribute releases its value
import sys
class Bag:
    pass
v = ["contents"]
bag = Bag()
bag.item = v
print(sys.getrefcount(v), hasattr(bag, "item"))
del bag.item
print(sys.getrefcount(v), hasattr(bag, "item"))
try:
    bag.item
except AttributeError as e:
    print(e)
