i = 1
f = 1.0
print(i == f, i is f)
print(type(i), type(f), type(i) is type(f))
