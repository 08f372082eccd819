# chapter: 5
# freeing a very deep nest of lists must not overflow the C stack
deep = []
for i in range(300000):
    deep = [deep]
print("built")
del deep
print("freed")
