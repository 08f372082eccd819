# Exercise 12-1, the reference solution: the three leaks fixed.


class Reply:
    def __init__(self, request):
        self.text = request.upper()


class Connection:
    opened = 0                      # how many were made: a count keeps no one alive

    def __init__(self, manager, name):
        self.manager = manager
        self.name = name
        self.sent = 0
        Connection.opened += 1

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
        self.active.remove(conn)
        self.closed += 1

    def reply_for(self, conn, request):
        key = request               # the reply depends on the request alone
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
