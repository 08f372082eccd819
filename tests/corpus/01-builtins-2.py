# chapter: 1
# hasattr and isinstance with built-in types
print(hasattr([], "append"), hasattr([], "nope"))
print(hasattr("s", "upper"), hasattr({}, "keys"))
print(isinstance([], list), isinstance((), list), isinstance({}, dict))
print(isinstance(1.5, float), isinstance(1, float))
x = []
print(type(x) is list, type(x) == list)
