# chapter: 8
# a function that refers to itself through its own closure is a cycle (function, closure tuple, cell) that only the collector frees
import gc
gc.collect()
def outer():
    def inner(n):
        return 1 if n == 0 else n * inner(n - 1)
    return inner
f = outer()
print(f(5))
print(f.__closure__[0].cell_contents is f)
print(gc.is_tracked(f.__closure__[0]), gc.is_tracked(f.__closure__))
del f
print(gc.collect())
def counters():
    count = 0
    def up():
        nonlocal count
        count += 1
        return count
    return up
u = counters()
u(); u()
print(u())
del u
print(gc.collect())
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def keep(node):
    node.callback = lambda: node.name
    return node
keep(Node("a"))
print("before collect")
print(gc.collect())
def no_cycle():
    value = Node("b")
    return lambda: value.name
cb = no_cycle()
print(cb())
del cb
print(gc.collect())
