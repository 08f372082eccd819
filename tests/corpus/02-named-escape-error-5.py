# chapter: 2
# in an f-string too, before the field that follows
x = 1
print("never")
print(f"\N{DIGT ONE}{x}")
