import gc

gc.collect()
root = ["root"]
node = root
for i in range(5):
    child = [i]
    node.append(child)
    node = child
del node, child
print(gc.collect(0))
names = []
for obj in gc.get_objects(1):
    names.append(obj[0])
print(names)
print(root)
