first = []
second = [first]
first.append(second)
print(first)
print([first, second])
