# chapter: 10
# WeakKeyDictionary: extra data about objects, gone with the objects.
import weakref
class Widget:
    pass
notes = weakref.WeakKeyDictionary()
w1 = Widget()
w2 = Widget()
notes[w1] = "first"
notes[w2] = "second"
print(len(notes), notes[w1], w2 in notes, 3 in notes)
notes[w1] = "changed"
print(len(notes), notes[w1], notes.get(w2), notes.get(Widget(), "missing"))
del w1
print(len(notes))
for key in notes:
    print(key is w2)
print(list(notes.values()))
try:
    notes[3] = 1
except TypeError as e:
    print("TypeError:", e)
del notes[w2]
print(len(notes))
