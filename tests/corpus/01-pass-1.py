# chapter: 1
# pass in a class body, a function and a branch
class Empty:
    pass
def noop(x):
    pass
e = Empty()
e.added = [1]
print(e.added, noop(e))
for i in range(3):
    if i == 1:
        pass
    else:
        print("i", i)
