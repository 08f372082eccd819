# chapter: 1
# A key that is not a str but equals "len" shadows the built-in when it
# goes into the module's globals, and stops when it leaves.
class Alias:
    def __hash__(self):
        return hash("len")
    def __eq__(self, other):
        return other == "len"

def count(items):
    return len(items)

print(count([1, 2]))
key = Alias()
globals()[key] = lambda items: "an alias"
print(count([1, 2]))
del globals()[key]
print(count([1, 2]))
globals()[1] = "an int key"
print(count([1, 2, 3]))
def len(items):
    return "shadowed again"
print(count([1, 2, 3]))
