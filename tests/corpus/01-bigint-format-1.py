# chapter: 1
# Formatting ints past 64 bits: the mini-language, %-formatting, round()
# and divmod() all see the whole value, never a clamped one.
big = pow(2, 100)
print(f"{big:,}", f"{-pow(2, 70):x}", f"{pow(2, 65):#b}", f"{pow(2, 64):o}")
print(f"{pow(2, 64):_x}", f"{-pow(2, 64):+030,}", f"{big:>40}", f"{big:X}")
print("%d" % pow(10, 20), "%x" % -pow(2, 70), "%o" % pow(8, 25), "%.30d" % big)
print("%d" % 1e25, "%5.3f" % pow(10, 20), format(pow(10, 30), "e"), f"{big:.3%}")
print(round(123456789012345678901234, -5), round(-123456789012345678901250, -2))
print(round(1e30), round(15, -1), round(25, -1), round(-25, -1), round(True))
print(divmod(pow(10, 20), 7), divmod(-pow(10, 20), 7), divmod(7.5, 2))
try:
    format(big, "c")
except OverflowError as e:
    print("OverflowError:", e)
try:
    f"{big:.2d}"
except ValueError as e:
    print("ValueError:", e)
try:
    "%c" % big
except OverflowError as e:
    print("OverflowError:", e)
print(format(0,"b"), f"{0:#x}", "%o" % 0, f"{0:#o}", f"{-0:X}", "%#o" % 0)
