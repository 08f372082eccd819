import sys
items = [[], []]
for entry in items:
    print(sys.getrefcount(entry))
print(sys.getrefcount(entry), sys.getrefcount(items))
