# chapter: 1
# an error inside a generator expression finishes it; the traceback shows its frame
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print('TypeError:', e)
print(sum(1 / x for x in [1, 0]))
