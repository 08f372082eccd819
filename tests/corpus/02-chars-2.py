# chapter: 2
# which operations hand out the shared one-character strings: indexing,
# joining and concatenation do; str(), repr() and case mapping build a
# new string even for one character ('' is always the shared one)
word = "xaA7 "
a = word[1]
big_a = word[2]
seven = word[3]
print("upper", "a".upper() is big_a, "b".upper() == "B")
print("lower", "A".lower() is a, "ÉT".lower() == "ét")
print("str", str(7) is seven, repr(7) is seven)
print("join", "".join([a]) is a, "".join(["", a]) is a)
print("concat", ("" + a) is a, (a + "") is a)
print("repeat", (a * 1) is a)
empty = ""
print("empty", "".upper() is empty, "".join([]) is empty)
for c in "ya":
    pass
print("loop", c is a)
