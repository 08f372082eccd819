# chapter: 11
# short-lived tuples made and dropped in a loop: the same few blocks serve them all
total = 0
for i in range(20000):
    pair = (i, i + 1)
    total += pair[1] - pair[0]
print(total)
