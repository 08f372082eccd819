# Build strings from pieces: str(int), concatenation, join.
parts = []
i = 0
while i < 300000:
    parts.append("n" + str(i))
    i = i + 1
text = ",".join(parts)
print(len(text), len(parts))
