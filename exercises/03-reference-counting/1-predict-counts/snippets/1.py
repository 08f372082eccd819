import sys
data = [1, 2]
alias = data
print(sys.getrefcount(data))

def peek(thing):
    return sys.getrefcount(thing)

print(peek(data))
print(sys.getrefcount(alias))
