# chapter: 1
# a bare * must be followed by a keyword-only parameter
def f(a, *, **k):
    pass
