# chapter: 1
# __hash__: custom hashes, unhashable classes (__eq__ without __hash__, __hash__ = None)
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __hash__(self):
        return hash(self.name)

d = {Key("a"): 1, Key("b"): 2}
d[Key("a")] = 10
print(len(d), d[Key("a")], d[Key("b")], Key("c") in d)
print(hash(Key("x")) == hash("x"))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__dict__["__hash__"], EqOnly.__hash__)

class NoHash:
    __hash__ = None

class Identity:
    pass

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("hash EqOnly", lambda: hash(EqOnly()))
attempt("dict key EqOnly", lambda: {EqOnly(): 1})
attempt("hash NoHash", lambda: hash(NoHash()))
attempt("in dict", lambda: NoHash() in {})
i = Identity()
print(hash(i) == hash(i), {i: 1}[i])

class Minus:
    def __hash__(self):
        return -1
class Big:
    def __hash__(self):
        return 123456789012345678901234567890
class Text:
    def __hash__(self):
        return "7"
class Flag:
    def __hash__(self):
        return True
print(hash(Minus()), hash(Big()) == hash(123456789012345678901234567890), hash(Flag()))
attempt("hash Text", lambda: hash(Text()))

class Late:
    pass
Late.__hash__ = None
attempt("hash Late", lambda: hash(Late()))
