# chapter: 5
# deep nests of dicts and tuples are freed by rebinding
d = {}
for i in range(200000):
    d = {"next": d}
print("dict nest built")
d = None
print("dict nest freed")
t = ()
for i in range(200000):
    t = (t, i)
print("tuple nest built")
t = 0
print("tuple nest freed")
