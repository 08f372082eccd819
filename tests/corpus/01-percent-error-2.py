# chapter: 1
# % formatting: arguments left over
print("%d items" % (3, 4))
