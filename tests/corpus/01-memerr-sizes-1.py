# chapter: 1
# requests CPython refuses by their size alone: MemoryError() with no
# message, an ordinary exception; the program goes on
def attempt(label, make):
    try:
        make()
    except MemoryError as e:
        print(label, type(e).__name__, repr(e), e.args, str(e) == "")
    except OverflowError as e:
        print(label, "OverflowError", e)


attempt("list", lambda: [0] * 2 ** 62)
attempt("list of two", lambda: [0, 1] * 2 ** 61)
attempt("tuple", lambda: (0,) * 2 ** 62)
attempt("str", lambda: "x" * 2 ** 62)
attempt("str of two", lambda: "xy" * 2 ** 62)
attempt("list(range)", lambda: list(range(2 ** 62)))
caught = []
for i in range(40):
    try:
        [None] * 2 ** 62
    except MemoryError as e:
        caught.append(type(e) is MemoryError and e.args == ())
print(len(caught), all(caught))
try:
    raise MemoryError("by hand")
except MemoryError as e:
    print(repr(e), isinstance(e, Exception))
print("goes on", sum(range(10)))
[0] * 2 ** 62
