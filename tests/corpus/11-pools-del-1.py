# chapter: 11
# del drops a name; the block goes back to its pool only when the count reaches zero
import sys
class Box:
    pass
boxes = []
for i in range(2000):
    boxes.append(Box())
alias = boxes
before = sys.getallocatedblocks()
del boxes
print(sys.getallocatedblocks() - before)
print(len(alias))
del alias
print(sys.getallocatedblocks() - before < -1000)
