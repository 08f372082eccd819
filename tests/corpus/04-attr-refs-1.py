# chapter: 4
# an instance attribute holds a reference to its value (S10)
import sys
class FromObj:
    def __init__(self, to_obj):
        self.to_obj = to_obj
b = [1, 2, 3]
a = FromObj(b)
print(id(a.to_obj) == id(b))
print(sys.getrefcount(b))
a.to_obj = None
print(sys.getrefcount(b))
