# chapter: 11
# strings of many sizes made and freed out of order: every block comes back intact
keep = []
for i in range(400):
    keep.append("x" * (i % 37) + str(i))
for i in range(0, 400, 3):
    keep[i] = None
for i in range(0, 400, 3):
    keep[i] = "y" * (i % 53)
total = 0
for s in keep:
    total += len(s)
print(total)
print(keep[3], keep[4], keep[399])
