# chapter: 1
# the global statement lets a function rebind a module name
counter = 0
def bump():
    global counter
    counter += 1
def shadow():
    counter = 100
    return counter
bump()
bump()
print(counter, shadow(), counter)
def read_only():
    return counter * 10
print(read_only())
def create():
    global fresh
    fresh = "new global"
create()
print(fresh)
