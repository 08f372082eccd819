# chapter: 1
# generator expressions are lazy iterators consumed by list(), sum(), any()...
g = (x for x in [1, 2, 3])
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running)
print(list(g), list(g))
print(sum(x for x in range(10)), any(x > 3 for x in [1, 5]), all(x for x in []))
print(min(x for x in [3, 1]), max(x % 3 for x in range(10)))
print(sorted(-x for x in range(3)), tuple(c for c in 'ab'))
print("-".join(str(i) for i in range(4)))
for v in (a * 2 for a in 'ab' if a):
    print(v)
seen = []
def note(v):
    seen.append(v)
    return v
lazy = (note(v) for v in range(3))
print(seen)
print(next(lazy), seen)
print(list(lazy), seen)
it = iter([1, 2, 3])
g = (v for v in it)
print(next(g), next(g), list(g))
def f():
    return (y for y in 'a')
print(f().__qualname__, f().gi_code.co_name, f().gi_code.co_varnames)
print(iter(g) is g)
pairs = ((a, b) for a in range(2) for b in range(2) if a <= b)
print(list(pairs))
g2 = (x for x in 'abc')
print(next(g2))
g2.close()
print(list(g2))
