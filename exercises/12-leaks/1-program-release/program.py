# Exercise 12-1: this connection manager leaks. Read exercise.md, change
# the program so that serving more clients makes nothing grow, then:
# make grade EX=12-1


class Reply:
    def __init__(self, request):
        self.text = request.upper()


class Connection:
    opened = []                     # every connection made, for debugging

    def __init__(self, manager, name):
        self.manager = manager
        self.name = name
        self.sent = 0
        Connection.opened.append(self)

    def send(self, text):
        self.sent += len(text)
        return len(text)

    def close(self):
        self.manager.release(self)


class ConnectionManager:
    def __init__(self):
        self.active = []
        self.closed = 0
        self.replies = {}           # a cache: the same request, the same reply

    def open(self, name):
        conn = Connection(self, name)
        self.active.append(conn)
        return conn

    def release(self, conn):
        self.closed += 1

    def reply_for(self, conn, request):
        key = (conn.name, request)
        if key not in self.replies:
            self.replies[key] = Reply(request)
        return self.replies[key].text


manager = ConnectionManager()


def handle(name, requests):
    conn = manager.open(name)
    total = 0
    for request in requests:
        total += conn.send(manager.reply_for(conn, request))
    conn.close()
    return total


total = 0
for i in range(100):
    total += handle("client" + str(i), ["ping", "status"])
print("sent", total, "bytes;", len(manager.active), "open;", manager.closed, "closed")
