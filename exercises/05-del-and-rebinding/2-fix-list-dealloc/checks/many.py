class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)
def fill(n):
    items = []
    i = 0
    while i < n:
        items.append([])
        i += 1
    return len(items)

print(fill(1000))
box = [[Noisy("last")]]
del box
print("end")
