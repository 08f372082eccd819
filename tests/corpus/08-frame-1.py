# chapter: 8
# a stored exception keeps the frame it left alive, and with it that function's locals
import gc
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)
def load(name):
    handle = Resource(name)
    try:
        return int(name)
    except ValueError as e:
        return e
def keep(name):
    handle = Resource(name)
    try:
        raise KeyError(name)
    except KeyError as e:
        problem = e
    return 0
gc.collect()
print("load returned", load("12"))
result = load("abc")
print("load returned", type(result))
del result
print("result dropped")
print("keep returned", keep("cycle"))
print("collecting")
# the frame, the traceback, the exception, its args tuple and the Resource
print(gc.collect())
