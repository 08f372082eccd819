# chapter: 1
# an uncaught error in a function: traceback with two frames, exit status 1
def ratio(a, b):
    return a / b
print(ratio(1, 4))
print(ratio(1, 0))
print("not reached")
