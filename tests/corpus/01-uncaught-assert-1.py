# chapter: 1
# a failing assert with a message goes uncaught
xs = [3, 1, 2]
assert len(xs) == 3, "three items"
print("first assert passed")
assert xs[0] < xs[1], "list is not in order"
