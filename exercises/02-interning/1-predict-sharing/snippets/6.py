def first():
    return 1000

def second():
    return 1000

def scaled(n):
    return n * 1000

print(first() is second())
print(scaled(1) is first(), scaled(1) == first())
