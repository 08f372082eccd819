# chapter: 12
# the leaking connection manager: connections are never released
import gc
import weakref
class Connection:
    def __init__(self, manager, name):
        self.manager = manager
        self.name = name
    def close(self):
        self.manager.release(self)
class LeakyManager:
    def __init__(self):
        self.connections = []
    def open(self, name):
        conn = Connection(self, name)
        self.connections.append(conn)
        return conn
    def release(self, conn):
        pass
class Manager(LeakyManager):
    def release(self, conn):
        self.connections.remove(conn)
def serve(manager, n):
    refs = []
    for i in range(n):
        conn = manager.open("c" + str(i))
        refs.append(weakref.ref(conn))
        conn.close()
    return refs
for manager in (LeakyManager(), Manager()):
    refs = serve(manager, 10)
    gc.collect()
    print(type(manager).__name__, len(manager.connections), sum(r() is not None for r in refs))
