inner = [1]
outer = [inner, inner, (inner, {"k": inner})]
print(outer)
