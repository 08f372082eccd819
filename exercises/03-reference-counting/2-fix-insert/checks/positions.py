letters = ["b", "d"]
letters.insert(0, "a")
letters.insert(2, "c")
letters.insert(100, "e")
letters.insert(-1, "d2")
letters.insert(-100, "start")
print(letters, len(letters))
empty = []
empty.insert(5, "only")
print(empty)
