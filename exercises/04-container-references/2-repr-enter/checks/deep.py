nested = []
depth = 0
while depth < 100:
    nested = [nested]
    depth += 1
text = repr(nested)
print(len(text), text == repr(nested))
nested[0][0][0].append(nested)
text = repr(nested)
print(len(text), text == repr(nested))
