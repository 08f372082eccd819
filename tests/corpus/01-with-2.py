# chapter: 1
# with statement errors: objects that are not context managers, __enter__ and __exit__ that raise
def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class Nothing:
    pass
class EnterOnly:
    def __enter__(self):
        return self
class ExitOnly:
    def __exit__(self, a, b, c):
        return True
class BadEnter:
    def __enter__(self):
        raise ValueError("cannot enter")
    def __exit__(self, a, b, c):
        print("never called")
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, a, b, c):
        raise RuntimeError("exit failed")

def use(manager):
    def run():
        with manager:
            print("body runs")
    return run

attempt("nothing", use(Nothing()))
attempt("enter only", use(EnterOnly()))
attempt("exit only", use(ExitOnly()))
attempt("int", use(42))
attempt("bad enter", use(BadEnter()))
attempt("bad exit", use(BadExit()))
def raising():
    with BadExit():
        raise ValueError("inner")
attempt("bad exit while raising", raising)
m = EnterOnly()
m.__exit__ = lambda a, b, c: True
attempt("instance __exit__ ignored", use(m))
with BadExit():
    print("last")
