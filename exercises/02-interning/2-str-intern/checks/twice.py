import sys
built = "".join(["twice", "!"])
first = sys.intern(built)
print(first is built, sys.intern(first) is first)
copy = "".join(["twice", "!"])
print(copy is first, sys.intern(copy) is first)
