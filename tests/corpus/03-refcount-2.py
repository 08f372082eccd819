# chapter: 3
# fresh dicts, tuples built at run time and instances count 2 (S48)
import sys
class Empty:
    pass
a = [1, 3]
d = {"k": 1}
one = 1
t = (one, 2)
e = Empty()
print(sys.getrefcount(a), sys.getrefcount(d), sys.getrefcount(t), sys.getrefcount(e))
