# chapter: 1
# dict comprehensions: the key is evaluated before the value
print({k: v for k, v in [('a', 1), ('b', 2)]})
print({n: n * n for n in range(4) if n})
print({c: i for i, c in enumerate('abca')})
order = []
def key(k):
    order.append('key')
    return k
def value(v):
    order.append('value')
    return v
print({key(i): value(i) for i in range(2)}, order)
words = ['pear', 'fig', 'apple']
print({w: len(w) for w in words})
print({a: {b: a * b for b in range(2)} for a in range(2)})
