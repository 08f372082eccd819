import sys
text = "two words"
print(sys.getrefcount(text))
built = " ".join(["two", "words"])
print(sys.getrefcount(built))
same = built
print(sys.getrefcount(built), text == built)
