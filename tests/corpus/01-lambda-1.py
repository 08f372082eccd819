# chapter: 1
# lambdas as sort keys and callbacks; a lambda is a function named <lambda> whose body returns one expression
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
print(list(map(lambda x: x * x, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(7))))
def apply(callback, value):
    return callback(value)
print(apply(lambda v: v + 1, 41))
square = lambda x: x * x
print(square.__name__, square.__qualname__, square(9))
print(type(square).__name__, square.__defaults__)
power = lambda base, exp=2: base * base if exp == 2 else base
print(power(3), power(3, 1), power.__defaults__)
print((lambda: "called at once")())
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(inc_then_double.__qualname__, inc_then_double.__code__.co_freevars)
handlers = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print(handlers["add"](2, 3), handlers["sub"](2, 3))
print(max(["pear", "fig", "banana"], key=lambda w: len(w)))
nothing = lambda: None
print(nothing())
