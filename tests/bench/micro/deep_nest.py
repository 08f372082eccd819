# Deep nesting inside a function: a list 200,000 levels deep built and freed
# by one last reference going (CPython's trashcan keeps that from recursing).
def nest(depth):
    box = []
    for _ in range(depth):
        box = [box]
    return box

def rounds(k, depth):
    total = 0
    for _ in range(k):
        box = nest(depth)
        total = total + len(box)
        box = None
    return total

print(rounds(5, 200000))
