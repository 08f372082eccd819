# chapter: 1
# errors raised inside a comprehension pass through its own frame
def f():
    return [1 / x for x in [1, 0]]
try:
    f()
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    [x for x in 5]
except TypeError as e:
    print('TypeError:', e)
try:
    {k: v for k, v in [(1, 2, 3)]}
except ValueError as e:
    print('ValueError:', e)
try:
    [y for y in range(2) for z in y]
except TypeError as e:
    print('TypeError:', e)
f()
