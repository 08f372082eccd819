# chapter: 1
# equal int and float are the same dict key; the first key object stays
d = {}
d[1] = "int one"
d[1.0] = "float one"
print(d)
print(len(d))
d[2.0] = "two"
print(d[2])
print(2 in d, 2.0 in d, 3 in d)
