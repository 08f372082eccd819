# chapter: 1
# TypeError messages from calls: argument count and names, len, iteration
def two(a, b):
    return a + b
class K:
    def m(self, x):
        return x
try:
    two(1)
except TypeError as e:
    print(e)
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
try:
    two(1, c=3)
except TypeError as e:
    print(e)
try:
    K().m()
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    for i in 7:
        pass
except TypeError as e:
    print(e)
try:
    a, b = 3
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
