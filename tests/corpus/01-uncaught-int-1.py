# chapter: 1
# uncaught ValueError from int() of a bad string
print(int("12") + 1)
print(int("twelve"))
