# chapter: 2
# an unknown name is a SyntaxError when the literal is compiled
print("never")
check = "\N{BULLET POINT}"
