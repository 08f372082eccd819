# chapter: 1
# unbounded recursion ends in RecursionError, which can be caught
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e))
    print(e)
print("still running")
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
