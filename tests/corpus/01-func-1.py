# chapter: 1
# def with defaults, keyword arguments, implicit None return
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Bye"))
def nothing():
    pass
print(nothing())
def side(x):
    print("side", x)
r = side(3)
print(r)
