# chapter: 3
# a fresh list has count 2 (the name and getrefcount's argument); an alias adds one (S09)
import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(b))
print(sys.getrefcount(a))
