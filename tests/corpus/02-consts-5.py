# chapter: 2
# float constants are shared in a script; floats computed at run time are new objects
a = 2.5
b = 2.5
print(a is b)
five = 5
c = five / 2
d = five / 2
print(c == a, c is a, c is d)
