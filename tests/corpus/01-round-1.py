# chapter: 1
# round: half to even, ndigits on ints and floats, and the float repr it leaves
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 1e16]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
for n in [5, 15, 25, 35, -25, 1234, 1250, 1350]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2))
print(round(1.23456789, 4), round(-1.23456789, 4), round(123.456, -2), round(0.1 + 0.2, 10))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)), round(2.5, None))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5))
print(abs(-3), abs(-2.5), hash(7), hash(-1), hash(2.0) == hash(2), hash('') == hash(''))
print(chr(65), chr(233), ord('A'), ord('é'), ascii('naïve'), callable(len), callable(7))
