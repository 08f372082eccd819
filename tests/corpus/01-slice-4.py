# chapter: 1
# range slices are ranges
r = range(10)
print(r[::2], r[1::2], r[-3:], r[:3], r[::-1], r[2:100:-1], r[5:2])
print(r[::2][1:3], list(r[::3]), len(r[::4]), r[8:2:-2], r[-100:100])
r2 = range(5, 50, 5)
print(r2[1:4], r2[::-2], list(r2[::-2]), r2[3:], r2[:-3:2])
r3 = range(20, 0, -3)
print(r3[1:], r3[::-1], list(r3[::-1]), r3[2:5:2], r3[100:])
print(range(0)[:], range(3)[3:], range(10)[::2] == range(0, 10, 2))
try:
    r[::0]
except ValueError as e:
    print(e)
try:
    r['x':]
except TypeError as e:
    print(e)
try:
    r[1:2] = [1]
except TypeError as e:
    print(e)
