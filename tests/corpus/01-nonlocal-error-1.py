# chapter: 1
# nonlocal at module level is refused when compiling
print("never")
nonlocal x
