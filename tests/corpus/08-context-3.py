# chapter: 8
# a stored exception keeps its __context__ too: both exceptions, their tracebacks and frames form the cycle
import gc
def convert(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("cannot convert " + text)
def run():
    try:
        convert("x")
    except RuntimeError as e:
        failure = e
    return 0
gc.collect()
print(run())
print(gc.collect())
try:
    convert("y")
except RuntimeError as e:
    print(e, "after", type(e.__context__))
print(gc.collect())
