size = 1000
limit = 1000
print(size is limit)
total = 500 + 500
print(total is size)
half = 500
print(half + half is size, half + half == size)
