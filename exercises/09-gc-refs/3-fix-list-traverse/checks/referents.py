import gc
x = ["x"]
y = ["y"]
print(gc.get_referents([x, y]))
print(gc.get_referents([x]))
print(len(gc.get_referents([x, x, x])))
