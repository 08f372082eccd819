xs = [1]
ys = xs
xs = xs + [2]
print(ys, xs is ys)
