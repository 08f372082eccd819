# chapter: 1
# *args may appear only once
def f(*a, *b):
    pass
