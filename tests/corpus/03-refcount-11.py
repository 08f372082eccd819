# chapter: 3
# float and large-int constants in a script are also held by the constant table and the parse tree
import sys
x = 3.25
print(sys.getrefcount(x))
y = x * 2
print(sys.getrefcount(y))
big = 100000
print(sys.getrefcount(big))
bigger = big * 3
print(sys.getrefcount(bigger))
