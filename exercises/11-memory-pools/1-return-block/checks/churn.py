total = 0
for i in range(30000):
    pair = (i, [i, i + 1], str(i))
    total += pair[1][1] - pair[0]
print(total)
