# chapter: 1
# a starred target must be inside a list or tuple
*a = [1, 2]
