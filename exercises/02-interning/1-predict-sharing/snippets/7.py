x = 1000
y = 1000
x is y
x = 1000; y = 1000
x is y
s = "no_spaces"
t = "no_spaces"
s is t
