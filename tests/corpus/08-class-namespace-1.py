# chapter: 8
# A class body's namespace is not the class's dict: the class takes a copy
# (CPython's type_new), so writes through the body frame's f_locals, kept
# after the class statement, do not reach the class.
import sys

class C:
    x = 1
    frame = sys._getframe()

c = C()
print(c.x, C.x)
namespace = C.frame.f_locals
namespace["x"] = 2
namespace["y"] = 3
print(c.x, C.x, hasattr(C, "y"), namespace["x"])
C.x = 4
print(c.x, C.x, namespace["x"])
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
print(sorted(k for k in namespace if not k.startswith("__")))
