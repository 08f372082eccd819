# chapter: 1
# quit(7) ends the program with status 7, no traceback
print("start")
quit(7)
print("not reached")
