# chapter: 2
# non-identifier strings in one script are shared too (S06, S26)
a = "it is a very good day"
b = "it is a very good day"
print(a is b)
c = "今天是一个非常好的日子，我们去公园散步吧"
d = "今天是一个非常好的日子，我们去公园散步吧"
print(c is d)
e = " ".join(["it", "is", "a", "very", "good", "day"])
print(e == a, e is a)
