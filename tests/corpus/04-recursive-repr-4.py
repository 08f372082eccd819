# chapter: 4
# a tuple reached again through its list prints as (...)
t = ([], "tag")
t[0].append(t)
print(t)
print(repr(t[0]))
print(str(t) == repr(t))
