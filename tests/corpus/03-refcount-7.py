# chapter: 3
# local variables: counts grow with each local name and drop on return
import sys
def locals_demo():
    a = [0]
    print(sys.getrefcount(a))
    b = a
    c = b
    print(sys.getrefcount(a))
    return a
r = locals_demo()
print(sys.getrefcount(r))
