# chapter: 1
# list slices read: bounds left out, negative bounds, steps, out of range
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-100:100])
print(a[::2], a[1::2], a[::-1], a[8:2:-2], a[-1:-4:-1], a[::-3])
print(a[5:2], a[100:], a[:-100], a[2:5:-1], a[::100], a[::-100])
print(a[1:9][2:4], a[::2][::-1], len(a[3:7]))
b = a[2:6]
b[0] = 99
print(a[2], b)
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][1:], m[:1], m[-1][::-1])
n = 3
print(a[n:n + 2], a[n * 2:], a[len(a) - 2:], a[True:])
print(a[None:None:None], a[-2:None], a[None:2])
print([][:5], [1][1:], [1][-1:])
