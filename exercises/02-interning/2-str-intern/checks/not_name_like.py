import sys
typed = "reference count"
made = "".join(["reference", " ", "count"])
print(sys.intern(made) is typed)
print(sys.intern(typed) is made, sys.intern(typed) is sys.intern(made))
