# chapter: 5
# deleting items while walking a list by index; counts of the removed items
import sys
marker = ["m"]
xs = [marker, 1, marker, 2, marker]
print(sys.getrefcount(marker))
i = 0
while i < len(xs):
    if xs[i] is marker:
        del xs[i]
    else:
        i += 1
print(xs, sys.getrefcount(marker))
