a = [1, 2, 3]
b = [1, 2, 3]
print(a == b, a is b)
