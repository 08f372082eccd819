# chapter: 2
# a name that never closes: the codec reads to the end of the string
print("never")
sign = "\N{DIGIT ONE"
