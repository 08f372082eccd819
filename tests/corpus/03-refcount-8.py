# chapter: 3
# a loop variable over a list of lists: the list slot, the name and the argument
import sys
rows = [[1], [2], [3]]
for row in rows:
    print(sys.getrefcount(row))
print(sys.getrefcount(row))
for i in range(2):
    fresh = [i]
    print(sys.getrefcount(fresh))
