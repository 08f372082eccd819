# Grow one string a piece at a time inside a function: CPython 3.11 resizes
# it in place when only the local holds it, so this is linear, not quadratic.
def build(n):
    s = ""
    i = 0
    while i < n:
        s += "ab"
        s = s + "c"
        i = i + 1
    return s

print(len(build(1000000)))
