# chapter: 1
# += and -= on ints, floats, strings, lists and subscripts
n = 10
n += 5
n -= 3
print(n)
f = 1.5
f += 1
print(f)
s = "ab"
s += "cd"
print(s)
xs = [1]
xs += [2, 3]
print(xs)
d = {"k": 1}
d["k"] += 10
xs[0] -= 100
print(d, xs)
