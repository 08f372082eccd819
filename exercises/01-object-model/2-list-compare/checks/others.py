a = []
a.append(a)
b = []
b.append(b)
try:
    print(a == b)
except RecursionError:
    print("RecursionError")
print([1] == 1, [1] != 1)
print([] < 1)
