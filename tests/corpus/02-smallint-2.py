# chapter: 2
# the small-int cache spans -5..256: ints made at run time are shared only inside it (S08)
for text in ["-7", "-6", "-5", "-4", "0", "255", "256", "257", "258"]:
    x = int(text)
    y = int(text)
    print(text, x is y, x == y)
