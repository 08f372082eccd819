# Build a dict of a million int keys and delete it, twice: the table grown
# by resizing, then a million keys and values freed at once.
def build(n):
    table = {}
    for i in range(n):
        table[i] = i + 1
    return table

def rounds(k, n):
    total = 0
    for _ in range(k):
        table = build(n)
        total = total + len(table) + table[n - 1]
        del table
    return total

print(rounds(2, 1000000))
