# chapter: 1
# del cannot take a starred target
x = [1]
del *x
