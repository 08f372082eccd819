# chapter: 1
# print uses str() on its arguments, but containers show their items with repr()
print(None, True, False)
print("quoted?")
print(["quoted?", 1, None])
print(("t", 2.5))
print({"k": "v", "n": -3})
print(-0, -17, 42)
print(str("s"), repr("s"))
