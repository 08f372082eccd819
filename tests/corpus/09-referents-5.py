# chapter: 9
# atoms refer to nothing; get_referents of several objects joins their lists
import gc
print(gc.get_referents(42), gc.get_referents("text"), gc.get_referents(2.5))
a = ["a"]
b = ["b", a]
print(gc.get_referents(a, b))
print(gc.get_referents())
