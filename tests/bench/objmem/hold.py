# hold.py: make N objects of one kind and keep them all alive in a list,
# for run_objmem_bench.py, which runs it with N = 1,000,000 for each kind
# and for kind "none" (the list of N slots alone) under both interpreters
# and divides the difference of their peak resident memory by N: the bytes
# each object costs while it is held. The kind and
# N come first on the line this script is given as its source (see
# run_objmem_bench.py): minipy has no sys.argv to read them from.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def make(kind, n):
    held = [None] * n
    i = 0
    if kind == "int":
        while i < n:
            held[i] = i + 1000
            i += 1
    elif kind == "float":
        while i < n:
            held[i] = i * 0.5
            i += 1
    elif kind == "list":
        while i < n:
            held[i] = []
            i += 1
    elif kind == "dict":
        while i < n:
            held[i] = {"a": None, "b": None}
            i += 1
    elif kind == "instance":
        while i < n:
            held[i] = P(None, None)
            i += 1
    elif kind == "tuple":
        while i < n:
            held[i] = (P, None)
            i += 1
    return held


held = make(KIND, N)
print(len(held))
