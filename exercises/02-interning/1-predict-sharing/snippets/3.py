import sys
made = "".join(["spam", "_", "eggs"])
typed = "spam_eggs"
print(made == typed, made is typed)
print(sys.intern(made) is typed)
