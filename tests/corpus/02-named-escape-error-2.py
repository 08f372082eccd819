# chapter: 2
# \N without a name in braces
print("never")
sign = "\N"
