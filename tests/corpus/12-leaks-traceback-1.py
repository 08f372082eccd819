# chapter: 12
# a stored exception keeps its traceback, the frame and the frame's locals
import gc
def keep_error():
    big = list(range(1000))
    try:
        raise ValueError("bad")
    except ValueError as e:
        saved = e
    return len(big)
def drop_error():
    big = list(range(1000))
    try:
        raise ValueError("bad")
    except ValueError as e:
        saved = e
        del saved
    return len(big)
gc.collect()
keep_error()
print(gc.collect())
drop_error()
print(gc.collect())
def return_error():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e
err = return_error()
print(type(err.__traceback__).__name__, type(err.__traceback__.tb_frame).__name__, err.__traceback__.tb_lineno)
del err
print(gc.collect())
