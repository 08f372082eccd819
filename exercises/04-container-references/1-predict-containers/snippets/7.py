inner = [0]
outer = (inner, inner, [inner])
inner.append(outer)
print(outer)
