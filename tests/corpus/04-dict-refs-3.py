# chapter: 4
# iterating over values and items: the loop name and the dict's slot
import sys
d = {"p": [1], "q": [2]}
for v in d.values():
    print(sys.getrefcount(v))
for k in d:
    print(sys.getrefcount(d[k]))
for k, v in d.items():
    print(k, sys.getrefcount(v))
