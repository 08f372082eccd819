# chapter: 1
# f-string: an unclosed field
x = 1
print(f"value: {x!r")
