# chapter: 5
# the order in which slice assignment and deletion free the items they drop
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = [Loud('a'), Loud('b'), Loud('c'), Loud('d'), Loud('e'), Loud('f')]
print("replace 1:3")
a[1:3] = [Loud('x')]
print("delete ::2")
del a[::2]
print(len(a))
print("assign ::-1")
a[::-1] = [Loud('p'), Loud('q')]
print("clear")
a[:] = []
print("end")
