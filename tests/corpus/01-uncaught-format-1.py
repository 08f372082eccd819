# chapter: 1
# format spec errors surface as ValueError at run time
price = 9.5
print(f"{price:.2f}")
print(f"{price:d}")
