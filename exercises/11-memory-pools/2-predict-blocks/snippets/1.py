import sys
a = 1.5
b = 3
before = sys.getallocatedblocks()
x = a * b
print(sys.getallocatedblocks() - before)
