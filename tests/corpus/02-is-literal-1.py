# chapter: 2
# CPython warns at compile time, before the first line runs, when `is`
# meets a literal: the answer depends on caches the language does not promise
x = 256
print(x is 256)
y = 1000
print(y is not 1000, "a" is "a")
print(y is -1000, y is 999 + 1)
print(x is None, None is x, x is True)
chain = x is 256 is x
def check(n):
    return n is 5
print(chain, check(5))
print((x is 256) is True)
