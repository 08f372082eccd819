import gc

class Head:
    pass

class Middle:
    pass

class Tail:
    pass

gc.collect()
tail = Tail()
middle = Middle()
middle.next = tail
head = Head()
head.next = middle
del tail, middle
print(gc.collect(0))
for obj in gc.get_objects(1):
    print(type(obj).__name__)
gc.collect()
link = None
for i in range(200):
    link = [i, link]
first = link
del link
print(gc.collect(0))
survivors = gc.get_objects(1)
print(len(survivors), survivors[0][0], survivors[1][0], survivors[199][0])
