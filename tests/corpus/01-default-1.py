# chapter: 1
# a mutable default argument is created once and shared by every call
def collect(item, bucket=[]):
    bucket.append(item)
    return bucket
a = collect(1)
b = collect(2)
print(a, b, a is b)
c = collect(3, [])
print(c, a)
