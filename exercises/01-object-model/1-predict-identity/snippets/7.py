x = 10
print(globals()["x"])
x = "ten"
print(globals()["x"])
globals()["y"] = x
print(y is x)
