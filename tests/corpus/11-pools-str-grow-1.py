# chapter: 11
# a string grown one character at a time crosses every size class and the 512-byte line
s = ""
for i in range(1500):
    s += "abcdefghijklmnopqrstuvwxyz"[i % 26]
print(len(s))
print(s[0], s[15], s[16], s[511], s[512], s[1499])
n = 0
for c in s:
    if c == "a":
        n += 1
print(n)
