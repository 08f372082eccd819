nested = []
depth = 0
while depth < 1000000:
    nested = [nested]
    depth += 1
print("built", depth, "levels")
del nested
print("freed")
