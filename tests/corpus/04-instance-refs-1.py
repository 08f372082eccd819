# chapter: 4
# the count of an instance through lists, dicts, tuples and attributes at once
import sys
class Item:
    pass
it = Item()
l = [it]
d = {"it": it}
t = (it,)
holder = Item()
holder.ref = it
print(sys.getrefcount(it))
l.pop()
print(sys.getrefcount(it))
d = None
t = None
print(sys.getrefcount(it))
holder = None
print(sys.getrefcount(it))
