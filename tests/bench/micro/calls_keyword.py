# Calls with keyword arguments and defaults: each name is matched to its
# parameter on every call.
def scale(value, factor=2, offset=0):
    return value * factor + offset

def loop(n):
    total = 0
    for i in range(n):
        total = total + scale(i, offset=1) + scale(value=i, factor=3)
    return total

print(loop(500000))
