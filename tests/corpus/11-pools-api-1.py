# chapter: 11
# sys.getallocatedblocks returns an int and takes no arguments
import sys
n = sys.getallocatedblocks()
print(type(n).__name__, n > 0)
try:
    sys.getallocatedblocks(1)
except TypeError as e:
    print(e)
