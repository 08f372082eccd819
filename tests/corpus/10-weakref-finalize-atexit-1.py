# chapter: 10
# At exit, the finalizers still alive run, newest first; atexit = False
# ones do not, and nothing runs after that.
import weakref
class Resource:
    pass
def release(name):
    print("release", name)
keep = []
for name in ["one", "two", "three"]:
    r = Resource()
    keep.append(r)
    weakref.finalize(r, release, name)
quiet = Resource()
f = weakref.finalize(quiet, release, "quiet")
f.atexit = False
print("end of script")
