# chapter: 4
# an item that is still named elsewhere survives its container
import sys
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
n = Noisy("named")
pair = [n, Noisy("anon")]
print(sys.getrefcount(n))
pair = None
print("pair gone", sys.getrefcount(n))
n = None
print("end")
