# chapter: 1
# __bool__ and __len__: truth, len(), and CPython's checks on their results
class Empty:
    def __bool__(self):
        return False

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Plain:
    pass

for obj in (Empty(), Sized(0), Sized(3), Plain()):
    if obj:
        print(type(obj).__name__, "is true")
    else:
        print(type(obj).__name__, "is false")
print(bool(Empty()), not Empty(), bool(Sized(2)), len(Sized(7)))
print(Sized(0) or "fallback", Sized(1) and "second")
while Sized(0):
    print("never")

class Both:
    def __bool__(self):
        print("__bool__ asked")
        return True
    def __len__(self):
        print("__len__ asked")
        return 0
print(bool(Both()))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class Negative:
    def __len__(self):
        return -1
class Text:
    def __len__(self):
        return "3"
class Huge:
    def __len__(self):
        return 99999999999999999999999
class IntBool:
    def __bool__(self):
        return 1
class Raises:
    def __bool__(self):
        raise RuntimeError("undecided")
attempt("len negative", lambda: len(Negative()))
attempt("bool negative", lambda: bool(Negative()))
attempt("len text", lambda: len(Text()))
attempt("len huge", lambda: len(Huge()))
attempt("bool int", lambda: bool(IntBool()))
attempt("not raises", lambda: not Raises())
attempt("len plain", lambda: len(Plain()))
