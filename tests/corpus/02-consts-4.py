# chapter: 2
# a constant used in a function and at module level is one object in a script
def sentence():
    return "hello there, memory!"
def number():
    return 123456789
def real():
    return 2.75
s = "hello there, memory!"
print(sentence() is s)
n = 123456789
print(number() is n)
x = 2.75
print(real() is x)
