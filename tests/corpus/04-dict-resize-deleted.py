# chapter: 4
# A dict that grows after some of its keys were deleted: the live entries
# move to the bigger table in their order, the deleted ones are left
# behind, and every key is found again, for str keys, for int keys, and
# for a table that starts with str keys and then takes an int.
def grow(keys):
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
        if i % 3 == 0 and keys[i // 2] in d:
            del d[keys[i // 2]]
    return d

for keys in ([str(i) for i in range(300)], list(range(300)),
             [i if i % 2 else str(i) for i in range(300)]):
    d = grow(keys)
    print(len(d), list(d.items())[:4], list(d.items())[-4:])
    print(all(d[k] == i for i, k in enumerate(keys) if k in d))

d = {str(i): i for i in range(40)}
for i in range(0, 40, 2):
    del d[str(i)]
d[7] = "int"
for i in range(100, 160):
    d[str(i)] = i
print(len(d), list(d)[:3], list(d)[-3:], d[7], d["39"], "0" in d)
