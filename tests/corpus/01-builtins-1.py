# chapter: 1
# builtins: len, type, isinstance, list, tuple, dict, str, repr
print(len([1, 2]), len("abc"), len({"a": 1}), len((1,)), len(range(4)))
print(type(1), type(1.0), type("s"), type(None), type(True))
print(type([]), type(()), type({}))
print(isinstance(True, int), isinstance(1, bool), isinstance("a", str))
print(list("abc"), list((1, 2)), list({"k": 0}), list(range(2)))
print(tuple([3]), dict(a=None))
print(str(1.0), repr("1.0"), str([None]))
print(type(type(1)))
