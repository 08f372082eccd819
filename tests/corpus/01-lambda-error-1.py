# chapter: 1
# a lambda or a conditional expression is not something to assign to
print("never")
f = 1
lambda: f = 2
