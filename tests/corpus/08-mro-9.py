# chapter: 8
# a mixin's special methods and super() calls reach object's and BaseException's
class Describe:
    def __repr__(self):
        return "<" + type(self).__name__ + ">"
    def __str__(self):
        return "str of " + super().__str__()

class Lazy:
    def __getattr__(self, name):
        return "computed " + name
    def __del__(self):
        print("__del__ of", type(self).__name__)

class Plain:
    pass

class Widget(Plain, Describe, Lazy):
    pass

w = Widget()
print(repr(w), str(w), w.size, [w])
del w

class ErrorInfo:
    def __str__(self):
        return "ErrorInfo(" + super().__str__() + ")"
    def __repr__(self):
        return "!" + super().__repr__()

class BadValue(ErrorInfo, ValueError):
    pass

e = BadValue("wrong", 42)
e.detail = "kept"
print(str(e), repr(e), e.args, e.detail, e.__dict__)
try:
    raise BadValue("raised")
except ValueError as caught:
    print("caught", caught)
