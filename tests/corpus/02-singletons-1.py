# chapter: 2
# None, True, False, the empty tuple and the empty string are singletons
x = None
y = [None][0]
print(x is y)
t = tuple([])
u = ()
print(t is u)
s = "".join([])
e = ""
print(s is e)
print((1 > 0) is True, (1 < 0) is False)
