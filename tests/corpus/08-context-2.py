# chapter: 8
# __context__ is the exception being handled when a new one is raised, in except clauses and in finally blocks
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad value")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__)
try:
    try:
        [].pop()
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(repr(e.__context__))
def again():
    try:
        {}["missing"]
    finally:
        raise
try:
    again()
except KeyError as e:
    print("bare raise:", repr(e), e.__context__)
# raising an exception that is already in the context chain cuts that link: no loop
try:
    raise ValueError("a")
except ValueError as a:
    try:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
    except ValueError as e:
        print(repr(e.__context__), e.__context__.__context__)
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__context__)
    e.__context__ = KeyError("set by hand")
    print(repr(e.__context__))
