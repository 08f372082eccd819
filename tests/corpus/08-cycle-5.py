# chapter: 8
# two instances that refer to each other: two objects (3.11 keeps their attributes inline)
import gc
class Person:
    def __init__(self, name):
        self.name = name
gc.collect()
alice = Person("alice")
bob = Person("bob")
alice.friend = bob
bob.friend = alice
del alice, bob
print(gc.collect())
