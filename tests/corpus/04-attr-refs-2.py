# chapter: 4
# two instances sharing one list; rebinding one attribute drops one reference
import sys
class User:
    def __init__(self, name, groups):
        self.name = name
        self.groups = groups
shared = ["admins"]
u1 = User("ann", shared)
u2 = User("bob", shared)
print(sys.getrefcount(shared))
u1.groups = ["guests"]
print(sys.getrefcount(shared), u1.groups, u2.groups)
print(sys.getrefcount(u1.groups))
