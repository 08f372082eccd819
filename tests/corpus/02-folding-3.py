# chapter: 3
# a list display that is only iterated over becomes a tuple (fold_iter):
# while the loop runs, no list holds the items
import sys
a = [1, 2]
b = {}
for x in [a, b]:
    print(sys.getrefcount(x))
for word in ["not interned", "nor this"]:
    print(sys.getrefcount(word))
print(sys.getrefcount(a))
print(a in [b, a], 3 not in [1, 2], b in [a])
