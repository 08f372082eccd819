# chapter: 5
# errors from del: missing name, key, index, attribute
class Bag:
    pass
try:
    del never_defined_qq
except NameError as e:
    print(e)
try:
    d = {}
    del d["absent"]
except KeyError as e:
    print(repr(e))
try:
    xs = [1]
    del xs[3]
except IndexError as e:
    print(e)
try:
    b = Bag()
    del b.nothing
except AttributeError as e:
    print(e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(e)
