# chapter: 8
# cycles survive del; gc.collect finds them (S24, S59)
import gc
a = []
b = [a]
a.append(b)
del a
del b
print(gc.collect())
cycle = []
cycle.append(cycle)
del cycle
print(gc.collect())
x = {}
y = {"x": x}
x["y"] = y
del x, y
print(gc.collect())
