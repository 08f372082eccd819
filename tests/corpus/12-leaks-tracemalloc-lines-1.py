# chapter: 12
# snapshot statistics point at the line that allocated
import tracemalloc
tracemalloc.start()
before = tracemalloc.take_snapshot()
rows = [[i] for i in range(3000)]
after = tracemalloc.take_snapshot()
tracemalloc.stop()
top = after.compare_to(before, "lineno")[0]
print(type(top).__name__, top.traceback[0].lineno, top.count >= 3000, top.count_diff >= 3000)
print(top.size > 0, top.size_diff > 0, len(top.traceback))
print(str(top.traceback).endswith(".py:6"), repr(top.traceback[0]).startswith("<Frame filename="))
stat = after.statistics("lineno")[0]
print(type(stat).__name__, stat.traceback[0].lineno, stat.count >= 3000)
print(str(stat).split(": size=")[0].endswith(".py:6"))
by_file = after.statistics("filename")
print(by_file[0].traceback[0].lineno)
print(after.compare_to(after, "lineno")[0].size_diff)
