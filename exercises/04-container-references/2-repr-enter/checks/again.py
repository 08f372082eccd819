a = [0]
a.append(a)
text = repr(a)
print(text, text == repr(a))
print([a, a])
print(str(a), a)
