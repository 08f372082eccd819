# chapter: 2
# one-character strings from indexing are shared objects
word = "memory"
other = "".join(["m", "x"])
print(word[0] is other[0])
print(word[2] is word[0])
print(str(7) is "".join(["7"]))
