# chapter: 10
# A proxy stands in for its referent, but is not it.
import weakref
class Bag:
    def __init__(self):
        self.items = [1, 2, 3]
    def total(self):
        return self.items[0] + self.items[1] + self.items[2]
bag = Bag()
p = weakref.proxy(bag)
print(p.items[1], p.total(), p.items is bag.items)
print(type(p).__name__ == "ProxyType", p is bag, p == bag)
print(str(p) == str(bag))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
def double(x):
    return x + x
fp = weakref.proxy(double)
print(fp(4), fp.__name__)
try:
    hash(fp)
except TypeError as e:
    print("TypeError:", e)
del bag
try:
    p.items
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    p.total = 5
except ReferenceError as e:
    print("ReferenceError:", e)
del double
try:
    fp(4)
except ReferenceError as e:
    print("ReferenceError:", e)
