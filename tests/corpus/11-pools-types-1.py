# chapter: 11
# the memory of freed ints is reused by floats: size classes are shared by all types
import sys
ints = []
for i in range(5000):
    ints.append(i + 1000)
del ints
floats = []
for i in range(5000):
    floats.append(i + 0.5)
print(len(floats), floats[0], floats[-1])
print(sum(floats))
