# chapter: 2
# folding never touches an assignment target: these fail at run time
x = [0, 0, 0]
x[1 + 1] = "set"
print(x)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del (1, 2)[1 - 1]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0] += 5
except TypeError as e:
    print("TypeError:", e)
"abc"[0] = "z"
