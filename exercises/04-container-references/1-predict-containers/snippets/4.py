import sys
item = []
box = [item, item, item]
taken = box.pop()
print(sys.getrefcount(item), len(box))
box.remove(item)
box.append(taken)
print(sys.getrefcount(item), box)
