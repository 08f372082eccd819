import sys
typed = "spam and eggs"
made = "".join(["spam", " and ", "eggs"])
print(sys.intern(made) is typed)
print(sys.intern(typed) is made)
