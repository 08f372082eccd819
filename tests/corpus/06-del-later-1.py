# chapter: 6
# a __del__ given to a class (or to its base) after the class was made runs
# for its instances, old and new; one deleted from the class no longer runs
class Base:
    pass

class Child(Base):
    pass

def loud(self):
    print("finalizing", type(self).__name__)

old = Child()
Child.__del__ = loud
del old
print("after the first")
plain = Base()
Base.__del__ = loud
del plain
print("after the second")
del Child.__del__
young = Child()
del young
print("after the third")
del Base.__del__
last = Child()
del last
print("the end")
