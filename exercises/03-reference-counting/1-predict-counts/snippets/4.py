import sys
x = []
pair = [x, x]
print(sys.getrefcount(x))
nested = [pair, [x]]
print(sys.getrefcount(x), sys.getrefcount(pair))
pair = None
print(sys.getrefcount(x))
