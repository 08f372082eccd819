# The injection sweep's script: a little of everything that allocates:
# classes and instances with __del__, dicts, lists, strings, closures,
# an exception caught, a cycle collected, a weak reference.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print("del", self.name)


def chain(n):
    head = None
    for i in range(n):
        node = Node("n%d" % i)
        node.next = head
        head = node
    return head


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


head = chain(3)
bump = counter()
print(bump(), bump(), [x * x for x in range(5)], {k: str(k) for k in "ab"})
try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
a, b = Node("a"), Node("b")
a.next, b.next = b, a
r = weakref.ref(a)
del a, b
print(gc.collect() > 0, r())
print(f"{1 << 70} {2.5:.2f} {'x' * 3}")
del head
