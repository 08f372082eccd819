# chapter: 1
# returning several values as a tuple; early return from a loop
def min_max(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi
def find(xs, target):
    i = 0
    for x in xs:
        if x == target:
            return i
        i += 1
    return -1
r = min_max([4, -2, 9, 0])
print(r, type(r))
lo, hi = min_max([3])
print(lo, hi)
print(find(["a", "b"], "b"), find(["a"], "z"))
