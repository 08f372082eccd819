# chapter: 1
# string concatenation, repetition, membership and ordering
a = "mem"
b = "ory"
print(a + b)
print(a * 3)
print(3 * "ab")
print("or" in b, "x" in b, "x" not in b)
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print("abc" == "ab" + "c", "abc" != "abc")
word = ""
for ch in "stack":
    word = ch + word
print(word)
