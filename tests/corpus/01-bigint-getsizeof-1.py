# chapter: 1
# An int's size: 24 bytes of header and 4 per 30-bit digit, at least one.
import sys
for v in [0, 1, -1, 256, 1073741823, 1073741824, -1073741824, 1152921504606846975, 1152921504606846976,
          18446744073709551616, -18446744073709551616, pow(2, 90), pow(2, 1000), pow(10, 100), True, False]:
    print(sys.getsizeof(v))
x = 1
sizes = []
while x < pow(2, 200):
    size = sys.getsizeof(x)
    if not sizes or sizes[-1] != size:
        sizes.append(size)
    x = x * 2
print(sizes)
print(sys.getsizeof(pow(2, 100) - pow(2, 100) + 5), sys.getsizeof(pow(2, 64) // pow(2, 40)))
