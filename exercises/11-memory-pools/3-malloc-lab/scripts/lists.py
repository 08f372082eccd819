# Rows of small lists made, kept for a while, and dropped.
rows = []
total = 0
for i in range(3000):
    row = [i, i + 1, [i, str(i)]]
    rows.append(row)
    if len(rows) > 200:
        total += rows.pop(0)[0]
print(total, len(rows))
