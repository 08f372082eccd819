# chapter: 3
# __del__ sees the object's attributes; the count of its attribute values drops after
import sys
class Holder:
    def __init__(self, payload):
        self.payload = payload
    def __del__(self):
        print("freeing holder of", self.payload)
data = ["payload"]
h = Holder(data)
print(sys.getrefcount(data))
h = None
print(sys.getrefcount(data))
