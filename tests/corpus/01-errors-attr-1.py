# chapter: 1
# AttributeError messages on instances, built-in objects and None
class Thing:
    def __init__(self):
        self.size = 1
t = Thing()
try:
    t.colour
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    (5).real_part
except AttributeError as e:
    print(e)
try:
    x = None
    x.anything
except AttributeError as e:
    print(e)
try:
    "s".nothing_here()
except AttributeError as e:
    print(e)
print(hasattr(t, "size"), hasattr(t, "colour"))
