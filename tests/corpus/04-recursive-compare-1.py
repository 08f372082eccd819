# chapter: 4
# comparing two self-containing lists or dicts recurses until RecursionError, never a crash
a=[]; a.append(a); b=[]; b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)
d = {}; d["k"] = d; e2 = {}; e2["k"] = e2
try:
    print(d == e2)
except RecursionError as e:
    print("RecursionError:", e)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
print(a == a, [a] == [a])
