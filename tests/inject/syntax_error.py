# The injection sweep's syntax error: reported before anything runs.
def f(x):
    return [x for x in range(x)
print(f(3))
