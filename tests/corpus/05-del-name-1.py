# chapter: 5
# del removes a name: the count drops, and the name is gone (S16)
import sys
a = [1, 2, 3]
b = a
print(sys.getrefcount(b))
del a
print(sys.getrefcount(b))
try:
    print(a)
except NameError as e:
    print(e)
