# chapter: 1
# ZeroDivisionError messages for /, //, % on ints and floats
for op in ["/", "//", "%"]:
    for zero in [0, 0.0]:
        try:
            if op == "/":
                1 / zero
            elif op == "//":
                1 // zero
            else:
                1 % zero
        except ZeroDivisionError as e:
            print(op, repr(zero), e)
try:
    2.5 / 0
except ZeroDivisionError as e:
    print(e)
