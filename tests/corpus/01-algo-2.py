# chapter: 1
# a small program: word frequencies with a dict and the most common word
text = "to be or not to be that is the question to ask"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
best = None
for w in freq:
    if best is None or freq[w] > freq[best]:
        best = w
print(best, freq[best])
print(freq)
