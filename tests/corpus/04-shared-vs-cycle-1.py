# chapter: 4
# a list shared twice is not a cycle: it prints in full both times
inner = [1, 2]
outer = [inner, inner, (inner,)]
print(outer)
d = {"x": inner, "y": {"z": inner}}
print(d)
