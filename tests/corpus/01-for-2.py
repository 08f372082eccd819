# chapter: 1
# nested loops, break leaves only the inner loop
found = []
for i in range(1, 5):
    for j in range(1, 5):
        if j > i:
            break
        if (i + j) % 3 == 0:
            found.append((i, j))
print(found)
primes = []
for n in range(2, 30):
    is_prime = True
    for p in primes:
        if n % p == 0:
            is_prime = False
            break
    if is_prime:
        primes.append(n)
print(primes)
