n = 1000
before = id(n)
n += 1
print(id(n) == before, n)
