# chapter: 1
# a conditional expression needs its else
print("never")
value = 1 if True
