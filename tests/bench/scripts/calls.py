# Calls and returns: frames, arguments and locals made and released.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(27))
