# chapter: 3
# inside a function: an argument counts the caller's name, the parameter and the call
import sys
def count_of(x):
    return sys.getrefcount(x)
def count_twice(x):
    y = x
    return sys.getrefcount(y)
a = [1, 2]
print(count_of(a))
print(count_of([1, 2]))
print(count_twice(a))
print(sys.getrefcount(a))
