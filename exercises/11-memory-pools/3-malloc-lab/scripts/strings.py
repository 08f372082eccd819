# Strings built piece by piece, split and joined.
words = []
for i in range(2000):
    s = "item-" + str(i) + "-" + "x" * (i % 40)
    words.append(s.upper())
    if len(words) > 100:
        words = [" ".join(words).split(" ")[-1]]
print(len(words), words[0][:20])
