# Build a list of a million ints and delete it, three times: the cost of
# making, holding and freeing a million small objects and one big buffer.
def build(n):
    items = []
    for i in range(n):
        items.append(i * 3)
    return items

def rounds(k, n):
    total = 0
    for _ in range(k):
        items = build(n)
        total = total + len(items) + items[n // 2]
        del items
    return total

print(rounds(3, 1000000))
