# Calls with positional arguments: a frame, its locals and a return value
# per call, and the recursion of fib.
def add(a, b):
    return a + b

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def loop(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total

print(loop(1500000), fib(25))
