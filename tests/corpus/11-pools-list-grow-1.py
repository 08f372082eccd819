# chapter: 11
# a list's item array moves from the pools to malloc as it grows, and back as it shrinks
xs = []
for i in range(300):
    xs.append(i * i)
print(len(xs), xs[0], xs[150], xs[299])
while len(xs) > 3:
    xs.pop()
print(xs)
xs.append("again")
print(xs)
