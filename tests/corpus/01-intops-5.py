# chapter: 1
# ** on floats: the special values and the rules CPython's float_pow follows
inf = float('inf')
nan = float('nan')
print(inf ** 2, inf ** -1, (-inf) ** 3, (-inf) ** 2, (-inf) ** -3, inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf)
print(0.5 ** inf, 2.0 ** inf, 2.0 ** -inf, 0.5 ** -inf, (-1.0) ** inf, (-0.5) ** inf)
print(0.0 ** 2, (-0.0) ** 3, (-0.0) ** 2, 0.0 ** 0.5, nan ** 2, (-2.0) ** 2.0, (-2.0) ** -3)
print(2.0 ** -1075, 10.0 ** 308, 1e-300 ** 2, (-8.0) ** (1 / 3) if False else 8.0 ** (1 / 3))
print(2 ** 0.5 * 2 ** 0.5, 1.5 ** 3, 100 ** 0.5, 2 ** -0.5, 1e10 ** 2, 3.0 ** 40)
