# chapter: 8
# an exception kept in a local makes a cycle: frame -> exception -> traceback -> frame
import gc
def parse(text):
    try:
        raise ValueError("bad " + text)
    except ValueError as e:
        problem = e
    return len(text)
gc.collect()
print(parse("input"))
# the frame, the traceback, the exception and its args tuple
print(gc.collect())
