# chapter: 1
# __getitem__, __setitem__, __delitem__, __contains__, and `in` falling back to iteration
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __len__(self):
        return len(self.cells)

g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
g["name"] = "board"
print(g[0, 0], g[1, 2], g[5, 5], g["name"], len(g))
print((0, 0) in g, (5, 5) in g, (5, 5) not in g)
del g[0, 0]
print((0, 0) in g, len(g))
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)
g["name"] += "!"
print(g["name"])

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
sq = Squares()
print(sq[3], list(sq), 16 in sq, 17 in sq)
for x in sq:
    print("square", x)
print(sorted(Squares(), reverse=True), sum(Squares()), max(Squares()))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class ReadOnly:
    def __getitem__(self, key):
        return key
class Plain:
    pass
def set_ro():
    ReadOnly()[0] = 1
def del_ro_int():
    del ReadOnly()[0]
def del_ro_str():
    del ReadOnly()["k"]
def set_plain():
    Plain()["k"] = 1
def del_plain_int():
    del Plain()[1]
def del_plain_str():
    del Plain()["k"]
attempt("set read-only", set_ro)
attempt("del read-only int", del_ro_int)
attempt("del read-only str", del_ro_str)
attempt("get plain", lambda: Plain()[0])
attempt("set plain", set_plain)
attempt("del plain int", del_plain_int)
attempt("del plain str", del_plain_str)
attempt("in plain", lambda: 1 in Plain())
attempt("iter plain", lambda: iter(Plain()))
class Truthy:
    def __contains__(self, item):
        return item
print(1 in Truthy(), 0 in Truthy(), "" in Truthy(), [1] in Truthy())
