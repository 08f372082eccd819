# Exercise 07-2: make the collector run this schedule of automatic
# collections: [0, 0, 1, 0, 0, 1, 2]. Read exercise.md, complete the
# program below, then: make grade EX=07-2
import gc

# The long-lived data: 20,000 lists, then one full collection, the only
# gc.collect() of the program. Keep these lines as they are.
cache = []
for i in range(20000):
    cache.append([])
gc.collect()

# Your part: a list `log`, a callback that appends the generation of each
# collection to it when the collection starts, thresholds of your choice,
# new lists kept alive until `log` holds seven entries, then print(log).
