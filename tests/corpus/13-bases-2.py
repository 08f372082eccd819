# chapter: 8
# overriding list's methods and slots: super().append, super().__getitem__, list.__init__, list.append(self, x)
class Logged(list):
    def __init__(self, items, name):
        list.__init__(self, items)
        self.name = name

    def append(self, x):
        print("append", x)
        super().append(x)

    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)

    def __len__(self):
        return super().__len__() * 10

l = Logged([1, 2], "nums")
l.append(3)
print(l[0], l[-1])
l[0] = 100
print(l, l.name, len(l), list.__len__(l))
list.append(l, 4)
print(l, l.__dict__)
class Stack(list):
    def push(self, x):
        self.append(x)
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"
s = Stack()
s.push(1); s.push(2)
print(s, str(s), [s], s.pop(), s)
