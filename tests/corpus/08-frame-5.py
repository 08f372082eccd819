# chapter: 8
# setting e.__traceback__ to None in the handler means no cycle forms
import gc
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.__traceback__ = None
        problem = e
    return -1
gc.collect()
print(parse("x"))
print(gc.collect())
print(parse("7"))
