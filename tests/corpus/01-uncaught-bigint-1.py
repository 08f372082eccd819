# chapter: 1
# An uncaught OverflowError from converting a big int to a float.
x = pow(7, 400)
print(len(str(x)))
y = x / 1
print(y)
