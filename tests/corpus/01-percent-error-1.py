# chapter: 1
# % formatting: too few arguments is a TypeError at run time
name = "Ada"
print("%s is %d" % (name, 36))
print("%s is %d" % (name,))
