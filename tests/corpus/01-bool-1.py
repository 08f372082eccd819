# chapter: 1
# and/or return one of their operands; not gives a bool; truthiness
print(0 or "fallback", "first" or "second")
print([] and "never", [1] and "then")
print(None or 0, "" and 1)
print(not 0, not 1, not [], not [0], not "", not None)
print(True + True, True * 3, False - 1)
x = 5
if x and x > 3:
    print("x big")
if not {}:
    print("empty dict is falsy")
if (0, ):
    print("non-empty tuple is truthy")
