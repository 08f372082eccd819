# chapter: 2
# \N{} with nothing between the braces
print("never")
sign = "\N{}"
