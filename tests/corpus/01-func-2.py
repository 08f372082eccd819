# chapter: 1
# recursion: factorial, fibonacci, sum of nested lists
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def deep_sum(x):
    if isinstance(x, list):
        total = 0
        for item in x:
            total += deep_sum(item)
        return total
    return x
print(fact(20), fib(20))
print(deep_sum([1, [2, [3, [4]]], 5]))
