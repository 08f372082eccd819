# chapter: 4
# appending in a loop: the count climbs by one per slot
import sys
thing = ["x"]
holder = []
for i in range(4):
    holder.append(thing)
    print(len(holder), sys.getrefcount(thing))
holder = None
print(sys.getrefcount(thing))
