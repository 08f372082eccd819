# chapter: 10
# A bound method is made afresh at each lookup: a plain reference to one
# dies at once. WeakMethod keeps weak references to its parts instead.
import weakref
class Button:
    def click(self):
        return "clicked"
b = Button()
r = weakref.ref(b.click)
print(r())
m = weakref.WeakMethod(b.click)
print(m()())
print(m() == b.click, m() is b.click)
print(isinstance(m, weakref.ref))
def gone(ref):
    print("gone", ref is m2)
m2 = weakref.WeakMethod(b.click, gone)
del b
print(m(), m2())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
