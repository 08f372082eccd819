# chapter: 1
# bool is a subclass of int; isinstance and type differ
flags = [True, 1, 1.0, "1", None]
for v in flags:
    print(repr(v), isinstance(v, int), type(v) is int)
print(True == 1, False == 0, True + 1)
