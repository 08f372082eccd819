# Build a 200000-deep nested list and free it in one decref (the trashcan).
rounds = 0
while rounds < 5:
    nest = []
    i = 0
    while i < 200000:
        nest = [nest]
        i = i + 1
    nest = None
    rounds = rounds + 1
print(rounds)
