# list.append inside a function: a method looked up and called a million
# times on a list that grows (its buffer resized now and then).
def fill(n):
    items = []
    for i in range(n):
        items.append(i & 255)
    return items

def loop(rounds, n):
    total = 0
    for _ in range(rounds):
        items = fill(n)
        total = total + len(items) + items[-1]
    return total

print(loop(8, 250000))
