# Dicts grown key by key (their tables resized), read, and dropped.
total = 0
for round in range(30):
    d = {}
    for k in range(300):
        d["k" + str(k)] = k * round
    total += sum(d.values())
print(total)
