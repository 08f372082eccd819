# chapter: 1
# strings are sequences of code points: len, indexing, negative indexes
s = "héllo"
print(len(s), s[1], s[-1], s[-5])
c = "内存管理"
print(len(c), c[0], c[3])
print(repr(c))
for ch in "abc":
    print(ch, end=" ")
print()
print(len(""), len("a\tb"), len("\\"))
