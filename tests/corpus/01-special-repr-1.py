# chapter: 1
# __repr__ and __str__: print, str, repr, containers, and bad results
class Node:
    def __init__(self, value):
        self.value = value
    def __str__(self):
        return "node " + str(self.value)

class Both(Node):
    def __repr__(self):
        return "Both(" + repr(self.value) + ")"

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

print(Node(1))
print(str(Node(2)), [Both(3)], Both(4), repr(Both("x")))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr(), OnlyRepr()], {1: OnlyRepr()})
n = Node(5)
n.__str__ = lambda: "instance attribute ignored"
print(n)

class Bad:
    def __repr__(self):
        return 42
for f in (repr, str):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __repr__(self):
        raise ValueError("no repr today")
try:
    print([Loud()])
except ValueError as e:
    print("ValueError:", e)
