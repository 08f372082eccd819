import sys
n = 7
start = sys.getrefcount(n)
m = 7
box = [n, m, 7]
print(sys.getrefcount(n) - start)
box.pop()
print(sys.getrefcount(n) - start)
box = None
print(sys.getrefcount(n) - start)
