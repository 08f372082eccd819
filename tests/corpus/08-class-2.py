# chapter: 8
# a class needs the collector even without a self-reference; each method adds a function
import gc
gc.collect()
class Empty:
    pass
del Empty
print(gc.collect())
class Greeter:
    def hello(self):
        return "hello"
    def bye(self):
        return "bye"
del Greeter
print(gc.collect())
