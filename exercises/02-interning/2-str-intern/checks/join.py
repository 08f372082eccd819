import sys
pieces = ["memory", "view"]
a = sys.intern("".join(pieces))
b = sys.intern("".join(pieces))
print(a == b, a is b)
