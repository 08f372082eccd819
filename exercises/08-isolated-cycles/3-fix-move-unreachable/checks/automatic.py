import gc

class Record:
    def __init__(self, number):
        self.number = number
        self.tags = [[number], {"square": [number * number]}]

records = {}
gc.collect()
for n in range(5000):
    records[n] = Record(n)
    loop = [n]
    loop.append(loop)
total = 0
for n in range(5000):
    record = records[n]
    total += record.tags[0][0] + record.tags[1]["square"][0]
print(total, gc.get_stats()[0]["collections"] > 0)
print(gc.collect())
