# chapter: 5
# counts inside a function fall back when the function returns
import sys
def borrow(obj):
    extra = obj
    more = [obj, obj]
    return sys.getrefcount(obj)
data = ["x"]
print(borrow(data))
print(sys.getrefcount(data))
