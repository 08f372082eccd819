# chapter: 1
# f-string: no backslash in the expression part (3.11)
d = {"a": 1}
print(f"{d[\"a\"]}")
