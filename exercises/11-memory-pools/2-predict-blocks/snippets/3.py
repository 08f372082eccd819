import sys
n = 100
before = sys.getallocatedblocks()
xs = list(range(n))
print(sys.getallocatedblocks() - before)
