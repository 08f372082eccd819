# Grow one string a piece at a time inside a function: CPython 3.11 resizes
# it in place when only the local holds it, so this is linear, not quadratic.
# (Written with `while i < n: ... i = i + 1`, the same loop takes CPython
# 3.11.7 quadratic time on this machine: 1.9 s at 80,000 steps, where the
# `for` loop takes 0.03 s at 400,000. minipy appends in place either way.)
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
        s = s + "c"
    return s

print(len(build(1000000)))
