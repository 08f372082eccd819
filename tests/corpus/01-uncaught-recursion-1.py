# chapter: 1
# uncaught RecursionError at the top of a deep recursion; the traceback folds repeats
def down(n):
    return down(n + 1)
down(0)
