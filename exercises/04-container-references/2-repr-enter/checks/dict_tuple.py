d = {}
d["me"] = d
d["list"] = [d]
print(d)
holder = ([],)
holder[0].append(holder)
print(holder)
