# chapter: 2
# "very good morning" twice: the same constant in a script (S05)
a = "very good morning"
b = "very good morning"
print(a is b)
print(a == b)
