# chapter: 11
# joining many small strings into one large one, then splitting it back into small ones
parts = []
for i in range(200):
    parts.append(str(i))
big = "-".join(parts)
print(len(big))
pieces = big.split("-")
print(len(pieces), pieces[0], pieces[199])
print(big[100], big[101], pieces[150])
