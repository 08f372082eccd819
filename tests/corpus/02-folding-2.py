# chapter: 2
# the items of a folded tuple are merged with the unit's equal constants
big = 54321
pair = (54321, 1)
print(pair[0] is big)
nested = ((54321, "two words"), 2.5)
twin = (54321, "two words")
print(nested[0][0] is big, nested[0] is twin)
word = "two words"
print(nested[0][1] is word)
late = (98765, 4)
later = 98765
print(late[0] is later)
