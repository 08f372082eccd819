# chapter: 1
# counters with nonlocal: each call of the factory makes a new cell, so the counters are independent
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return increment, reset
inc, reset = make_counter()
print(inc(), inc(), inc(5))
other, _ = make_counter(100)
print(other(), inc())
reset()
print(inc())
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(make_counter.__code__.co_varnames)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    print(middle(), x)
    print(middle.__code__.co_freevars, middle.__code__.co_cellvars)
outer()
def accumulate():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
add = accumulate()
add(1)
add(2)
print(add(3), add.__closure__[0].cell_contents)
