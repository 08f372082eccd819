# chapter: 1
# cells as objects: __closure__, cell_contents, an empty cell, and what the code objects list
def outer(a):
    b = 2
    unused = 3
    def inner():
        return a + b
    return inner
f = outer(1)
print(type(f.__closure__).__name__, len(f.__closure__))
first, second = f.__closure__
print(type(first).__name__, first.cell_contents, second.cell_contents)
print(repr(first).startswith("<cell at 0x"), "int object at" in repr(first))
print(outer.__code__.co_varnames, outer.__code__.co_cellvars, outer.__code__.co_freevars)
print(f.__code__.co_varnames, f.__code__.co_cellvars, f.__code__.co_freevars)
print(outer.__closure__)
first.cell_contents = 40
print(f())
def never_set():
    def g():
        return late
    return g
    late = 1
empty = never_set().__closure__[0]
print(repr(empty).endswith(": empty>"))
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    hash(first)
except TypeError as e:
    print("TypeError:", e)
print(first == first, first == second, empty < first, first < empty)
del first.cell_contents
print(repr(first).endswith(": empty>"))
print(type(first)(7).cell_contents, repr(type(first)()).endswith("empty>"))
