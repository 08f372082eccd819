# chapter: 1
# a << b with a huge b: MemoryError while the result's digit count would
# fit CPython's int header, OverflowError beyond (the boundary included)
for a, b in [(1, 2**62), (1, 2**63), (-1, 2**65), (1, 2**66), (5, 2**200),
             (1, 69175290276410818320), (1, 69175290276410818321),
             (2**30, 69175290276410818319), (0, 2**200), (1, -1)]:
    try:
        print(a << b)
    except (MemoryError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(1 >> 2**200, -1 >> 2**200, 2**100 >> 2**64)
