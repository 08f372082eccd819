# chapter: 8
# sys._getframe() makes the running frame an object; kept in a local of its own frame, it is a cycle
import gc
import sys
def remember():
    here = sys._getframe()
    print(here.f_lineno, here.f_back.f_lineno, here.f_locals["here"] is here)
    return 1
def forget():
    here = sys._getframe()
    del here
    return 2
gc.collect()
print(remember())
# the frame and its f_locals dict, made when f_locals was read
print(gc.collect())
print(forget())
print(gc.collect())
def caller():
    data = [1, 2, 3]
    return give_caller()
def give_caller():
    return sys._getframe(1)
f = caller()
print(f.f_locals, f.f_lineno)
print(gc.is_tracked(f), f.f_back.f_globals is globals(), f.f_back.f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
