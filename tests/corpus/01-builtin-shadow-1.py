# chapter: 1
# A built-in looked up from a function is found again after the module
# shadows it, after the shadow is deleted, and when globals() changes it.
def count(items):
    return len(items)

print(count([1, 2, 3]))
def len(items):
    return "shadowed"
print(count([1, 2, 3]))
del len
print(count([1, 2, 3]))
globals()["len"] = lambda items: "through globals()"
print(count([1, 2, 3]))
del globals()["len"]
print(count([1, 2, 3]))
for step in range(3):
    if step == 1:
        len = abs
    if step == 2:
        del len
    print(step, count([4, 5]) if step != 1 else count(-7))
print(count("abcd"))
try:
    print(undefined_name)
except NameError as e:
    print(e)
undefined_name = 5
print(undefined_name)
