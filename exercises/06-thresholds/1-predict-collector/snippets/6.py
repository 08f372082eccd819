import gc
gc.collect()
rows = []
while len(rows) < 90:
    rows.append([])
before = gc.get_count()[0]
del rows
after = gc.get_count()[0]
print(before, after)
