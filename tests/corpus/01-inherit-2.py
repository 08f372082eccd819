# chapter: 1
# user exception hierarchies: except clauses matching base classes, super().__init__ setting args
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, path):
        super().__init__("no such path: " + path)
        self.path = path

class Denied(AppError):
    def __init__(self, user, path):
        super().__init__(user, path)
        self.user = user

class Fatal(NotFound):
    def __str__(self):
        return "fatal! " + super().__str__()

def fail(kind):
    if kind == "missing":
        raise NotFound("/etc/x")
    if kind == "denied":
        raise Denied("bob", "/root")
    if kind == "fatal":
        raise Fatal("/boot")
    if kind == "value":
        raise ValueError("plain")
    raise AppError("generic", 1)

for kind in ["missing", "denied", "fatal", "generic", "value"]:
    try:
        fail(kind)
    except NotFound as e:
        print("NotFound:", e, e.args, e.path, type(e).__name__)
    except (Denied, KeyError) as e:
        print("Denied:", e, e.args, e.user)
    except AppError as e:
        print("AppError:", e, e.args, repr(e))
    except Exception as e:
        print("other:", type(e).__name__, e)

print(issubclass(Fatal, (AppError, KeyError)), issubclass(Denied, NotFound), isinstance(Fatal("x"), Exception))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("super()", lambda: super())
attempt("issubclass(1, int)", lambda: issubclass(1, int))
attempt("issubclass(int, 1)", lambda: issubclass(int, 1))
attempt("super(int, 'x')", lambda: super(int, "x"))
class Missing:
    def m(self):
        return super().nothing
attempt("super().nothing", lambda: Missing().m())
class TooMany:
    def __init__(self):
        super().__init__(1)
attempt("object.__init__(1)", lambda: TooMany())
raise Fatal("/uncaught")
