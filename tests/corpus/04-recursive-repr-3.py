# chapter: 4
# a dict that contains itself prints as {...}
d = {}
d["self"] = d
print(d)
e = {"list": []}
e["list"].append(e)
print(e)
f = {"a": 1}
f["b"] = [f, [f]]
print(f)
