big = 1e308
inf = big * 10
nan = inf - inf
print(nan == nan, nan is nan)
print([nan] == [nan], [nan] == [inf - inf])
