# chapter: 2
# containers holding small ints hold the same cached objects
xs = [5, 5, 5]
ys = []
for i in range(3):
    ys.append(2 + 3)
same = 0
for i in range(3):
    if xs[i] is ys[i]:
        same += 1
print(same)
big = []
for i in range(2):
    big.append(int("99999"))
print(big[0] is big[1], big[0] == big[1])
