# chapter: 11
# lists too big for the pools (their item arrays come from malloc) made and freed in turn
checks = 0
for round in range(50):
    big = list(range(200))
    big[100] = round
    checks += big[100] + big[199]
    del big
print(checks)
