# chapter: 1
# id() gives an address-like integer; never print it, compare it (S01)
a = 1
print(type(id(a)))
print(id(a) == id(a))
print(hex(id(a)).startswith("0x"))
print(hex(255), hex(0), hex(-16), hex(4096))
obj = [1, 2]
alias = obj
print(id(obj) == id(alias), obj is alias)
other = [1, 2]
print(id(obj) == id(other), obj is other, obj == other)
