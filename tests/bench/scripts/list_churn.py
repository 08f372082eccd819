# Make and drop many small lists: the allocator's everyday load.
total = 0
i = 0
while i < 1000000:
    row = [i, i + 1, i + 2]
    pair = [row, [i]]
    total = total + len(pair[0]) + pair[1][0] % 7
    i = i + 1
print(total)
