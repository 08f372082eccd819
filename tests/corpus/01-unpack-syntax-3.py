# chapter: 1
# a starred expression is not a value by itself
x = *[1, 2]
