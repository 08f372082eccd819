# chapter: 1
# f-string: a single } is refused at compile time
x = 1
print("never")
print(f"{x}}")
