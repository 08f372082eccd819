# chapter: 3
# a constant tuple merged across a module and a function body, and what holds its items
import sys
t = ("not interned x", "nor this")
print(sys.getrefcount(t[0]))
w = t[0]
print(sys.getrefcount(w))
for word in ("a b", "c d"):
    print(sys.getrefcount(word))
def f():
    for word in ("a b", "c d"):
        print(sys.getrefcount(word))
f()
