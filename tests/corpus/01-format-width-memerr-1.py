# chapter: 1
# A padding width no memory can hold is one refused request, a MemoryError
# raised at once (make fuzz found a loop that appended the fill one
# character at a time, ten trillion times, after the builder had failed).
for spec in ("%9999999999999.3f", "%9999999999999d", "%-9999999999999s"):
    try:
        print(spec % 1.5 if "f" in spec else spec % 7 if "d" in spec else spec % "x")
    except MemoryError as e:
        print(spec, "MemoryError", e.args)
try:
    format(1.5, "9999999999999")
except MemoryError as e:
    print("format: MemoryError", e.args)
print(len("%*d" % (100000, 1)), len(format("ab", "^100001")))
