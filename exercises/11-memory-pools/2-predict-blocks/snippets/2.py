import sys
n = 1000
before = sys.getallocatedblocks()
s = "a" * n
print(sys.getallocatedblocks() - before)
