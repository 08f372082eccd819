# chapter: 3
import sys

def grow(n):
    s = ""
    for i in range(n):
        s = s + "é"
    return s

def aliases():
    s = "ab" + str(1)
    t = s
    s += "x"
    s = s + "y"
    print(s, t, s is t)

def not_str():
    s = "a" * 3
    try:
        s = s + 1
    except TypeError as e:
        print("TypeError:", e)
    print(s)

def cell():
    s = "x" * 2
    def inner():
        return s
    s = s + "y"
    s += "z"
    return inner()

def interned():
    s = sys.intern("hello_world")
    s = s + "!"
    print(s, sys.intern("hello_world"))

def refcount():
    s = "q" * 4
    s = s + "r"
    print(sys.getrefcount(s))
    s += "t"
    print(sys.getrefcount(s), len(s))

def self_add():
    s = "ab" * 2
    s = s + s
    s += s
    print(s)

w = grow(1000)
print(len(w), w.count("é"))
aliases()
not_str()
print(cell())
interned()
refcount()
self_add()
m = "mod" * 2
m = m + "ule"
m += "!"
print(m)
