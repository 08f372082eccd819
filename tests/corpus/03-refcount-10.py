# chapter: 3
# inside a method, self counts the caller's name, the parameter and the call
import sys
class Widget:
    def own_count(self):
        return sys.getrefcount(self)
    def count_of(self, other):
        return sys.getrefcount(other)
w = Widget()
print(w.own_count())
print(sys.getrefcount(w))
print(w.count_of([]))
other = [1]
print(w.count_of(other))
print(Widget().own_count())
