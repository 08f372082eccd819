# chapter: 11
# a freed float's memory is handed to the next float made: the same address
x = 1.5 * 3
first = id(x)
del x
y = 2.5 * 2
print(id(y) == first)
print(y)
