import sys
a = [1, (2,), {"k": []}]
a.append(a)
before = sys.getrefcount(a), sys.getrefcount(a[1]), sys.getrefcount(a[2])
text = repr(a)
after = sys.getrefcount(a), sys.getrefcount(a[1]), sys.getrefcount(a[2])
print(text, before == after)
