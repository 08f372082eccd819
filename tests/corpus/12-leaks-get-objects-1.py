# chapter: 12
# gc.get_objects lists tracked containers only; counting them finds growth
import gc
class Session:
    pass
def count(typename):
    return sum(1 for o in gc.get_objects() if type(o).__name__ == typename)
sessions = []
print(count("Session"))
for i in range(25):
    sessions.append(Session())
print(count("Session"))
print(any(o is sessions for o in gc.get_objects()))
print(gc.is_tracked("text"), gc.is_tracked(12345), gc.is_tracked(sessions), gc.is_tracked(Session()))
del sessions[:20]
print(count("Session"))
