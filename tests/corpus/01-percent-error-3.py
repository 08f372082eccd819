# chapter: 1
# % formatting: a width or precision past the largest index is a ValueError
# (found by make fuzz: the digits overflowed a C integer)
for spec in ["%999999999999999999999999999999999999.3f", "%.99999999999999999999999999f",
             "%9223372036854775808d", "%(x)99999999999999999999s"]:
    try:
        print(spec % {"x": 1} if "(" in spec else spec % 1.5)
    except ValueError as e:
        print("ValueError:", e)
print("%5.2f|" % 1.5)
