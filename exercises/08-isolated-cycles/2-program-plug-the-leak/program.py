# Exercise 08-2: this little server leaks every session it serves. Read
# exercise.md, change the program so that reference counting alone frees
# each session as soon as serve() returns, then: make grade EX=08-2
import gc

gc.disable()        # keep this line: no collection may help

closed = []         # the name of each Connection, appended when it is finalized


class Connection:
    def __init__(self, name):
        self.name = name
        self.session = None
        self.on_data = self.receive

    def receive(self, data):
        self.session.received += len(data)
        return len(data)

    def __del__(self):
        closed.append(self.name)


class Session:
    def __init__(self, name):
        self.received = 0
        self.connection = Connection(name)
        self.connection.session = self


def serve(name, messages):
    session = Session(name)
    for message in messages:
        session.connection.on_data(message)
    return session.received


total = 0
for i in range(100):
    total += serve("client" + str(i), ["hello", "world", str(i)])
print("served", total, "bytes;", len(closed), "connections closed")
