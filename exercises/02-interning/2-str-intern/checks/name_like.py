import sys
typed = "refcount"
made = "".join(["ref", "count"])
print(made is typed, sys.intern(made) is typed)
