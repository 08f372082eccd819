# chapter: 1
# after a ** argument, a positional one is a SyntaxError
print(**{}, 1)
