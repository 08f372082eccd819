# chapter: 1
# repr of strings: quote choice and escapes
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\there"))
print(repr("line\nbreak"))
print(repr("back\\slash"))
print(repr(""))
print(["it's", 'a "b"', "c\\d", "\n"])
print("tab\there")
print("back\\slash")
