d = {}
l = [d]
d["list"] = l
d["self"] = d
print(d)
print(l)
