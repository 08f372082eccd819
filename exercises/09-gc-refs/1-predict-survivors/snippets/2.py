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
