# chapter: 1
# str.split gives back the string itself when it finds nothing to split
# (CPython's stringlib); NoneType() is None, the one instance.
cases = ["hello world", "word", " word", "word ", "", "a,b", "abc"]
for s in cases:
    for sep in [None, ",", "o"]:
        for maxsplit in [-1, 0, 1]:
            parts = s.split(sep, maxsplit)
            same = []
            for p in parts:
                same.append(p is s)
            print(repr(s), repr(sep), maxsplit, parts, same)
print(type(None)() is None)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
