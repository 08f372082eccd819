# chapter: 1
# sys.getrecursionlimit and sys.setrecursionlimit: the limit a recursion
# of Python calls reaches, and the checks on a new limit.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(60)
print(sys.getrecursionlimit())
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
def at_depth(n, limit):
    if n == 0:
        try:
            sys.setrecursionlimit(limit)
        except RecursionError as e:
            print("RecursionError", e)
        return
    at_depth(n - 1, limit)
at_depth(10, 5)
sys.setrecursionlimit(1000)
for bad in [0, -5, "x", 1099511627776]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print("TypeError", e)
try:
    sys.setrecursionlimit()
except TypeError as e:
    print("TypeError", e)
print(sys.getrecursionlimit())
