# chapter: 1
# an uncaught TypeError on the last line of a script
items = ["a", "b"]
print(len(items))
print("count: " + len(items))
