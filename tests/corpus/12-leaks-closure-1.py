# chapter: 12
# a recursive closure is a cycle: function -> closure cell -> function
import gc
def make_counter(limit):
    def count(n):
        if n >= limit:
            return n
        return count(n + 1)
    return count(0)
gc.collect()
print(make_counter(5))
print(gc.collect())
def make_adder(k):
    def add(x):
        return x + k
    return add
add3 = make_adder(3)
print(add3(4), gc.collect())
del add3
print(gc.collect())
