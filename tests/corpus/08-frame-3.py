# chapter: 8
# a traceback through two functions, the exception kept in a local of the outer one
import gc
def check(value):
    if value < 0:
        raise ValueError("negative")
    return value
def run(values):
    total = 0
    for v in values:
        try:
            total = total + check(v)
        except ValueError as e:
            last_error = e
    return total
gc.collect()
print(run([1, -2, 3, -4]))
# both frames, both traceback entries, the exception, its args, and the list
print(gc.collect())
print(run([5, 6]))
print(gc.collect())
