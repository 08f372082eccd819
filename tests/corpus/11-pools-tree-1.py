# chapter: 11
# trees of tuples built and dropped many times: the same pools serve each round
def build(depth):
    if depth == 0:
        return ()
    return (build(depth - 1), build(depth - 1))
def count(t):
    n = 1
    for child in t:
        n += count(child)
    return n
for r in range(5):
    t = build(8)
    print(r, count(t))
    del t
