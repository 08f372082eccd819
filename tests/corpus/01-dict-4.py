# chapter: 1
# dict update with keywords and overwriting in a loop
counts = {}
for word in "the cat saw the other cat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
counts.update(the=0, dog=1)
print(counts)
n = 0
for k, v in counts.items():
    n += v
print(n)
