# Fill a dict with 200000 int keys, read them back, empty it.
table = {}
i = 0
while i < 200000:
    table[i] = i * 2
    i = i + 1
total = 0
for key in table:
    total = total + table[key]
i = 0
while i < 200000:
    del table[i]
    i = i + 1
print(total, len(table))
