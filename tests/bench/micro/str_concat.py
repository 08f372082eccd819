# String building with s = s + "x" inside a function, a million times: linear
# only if the string is resized in place when the local is its only holder.
def build(n):
    s = ""
    for i in range(n):
        s = s + "x"
    return s

print(len(build(1000000)))
