# chapter: 4
# append, pop, insert, remove and clear move a list's references
import sys
item = {"id": 1}
box = []
box.append(item)
box.append(item)
print(sys.getrefcount(item))
box.insert(0, item)
print(sys.getrefcount(item))
box.pop()
print(sys.getrefcount(item))
box.remove(item)
print(sys.getrefcount(item))
box.clear()
print(sys.getrefcount(item))
