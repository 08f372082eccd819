# chapter: 11
# strings of over 512 bytes come from malloc, not from a pool, yet getallocatedblocks counts them
import sys
keep = [None] * 100
before = sys.getallocatedblocks()
for i in range(100):
    keep[i] = "a" * (1000 + i)
print(sys.getallocatedblocks() - before >= 100)
keep = None
print(sys.getallocatedblocks() - before < 10)
