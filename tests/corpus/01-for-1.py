# chapter: 1
# for over list, tuple, str, dict and range
for x in [1, "two"]:
    print("list", x)
for x in (3.0, None):
    print("tuple", x)
for x in "hi":
    print("str", x)
for x in {"k1": 1, "k2": 2}:
    print("dict", x)
for x in range(2, 11, 4):
    print("range", x)
for x in range(5, 0, -2):
    print("down", x)
for x in []:
    print("never")
print(x)
