# chapter: 12
# how tracemalloc prints sizes: B, KiB, MiB with three or four digits
import tracemalloc
for size in (0, 7, 99, 100, 1023, 10239, 10240, 102399, 1048575, 10485760, 5 * 2 ** 30, 2 ** 50):
    print(tracemalloc._format_size(size, False), tracemalloc._format_size(size, True),
          tracemalloc._format_size(-size, True))
print(tracemalloc._format_size(61.5, False))
