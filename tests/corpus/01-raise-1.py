# chapter: 1
# raise built-in exception classes with and without messages
def check(age):
    if not isinstance(age, int):
        raise TypeError("age must be an int")
    if age < 0:
        raise ValueError("age must not be negative")
    return age
for v in [5, -1, "x"]:
    try:
        print(check(v))
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
try:
    raise KeyError("the key")
except KeyError as e:
    print(e, repr(e))
try:
    raise IndexError()
except IndexError as e:
    print(repr(e), "[" + str(e) + "]")
