# chapter: 8
# a class derived from list: inherited methods, isinstance, repr, ==, len, iteration, list(L)
class L(list):
    pass

l = L([3, 1, 2])
print(l, repr(l), type(l).__name__, isinstance(l, list), issubclass(L, list))
l.append(4)
l.extend((5, 6))
print(l, len(l), l[0], l[-1], l[1:3], type(l[1:3]).__name__)
print(l == [3, 1, 2, 4, 5, 6], [3, 1, 2, 4, 5, 6] == l, l != l, L() == [])
print(list(l), sorted(l), sum(l), 4 in l, 9 in l)
print(l + [7], type(l + [7]).__name__, type(l * 2).__name__, type(2 * l).__name__)
for x in L("ab"):
    print(x)
l.sort()
print(l, l.pop(), l.index(3), l.count(1))
print(L.__mro__, L.__base__, L.__bases__)
print(bool(L()), bool(L([0])))
