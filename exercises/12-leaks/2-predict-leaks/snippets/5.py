import gc
import objgraph
class Request:
    log = []
    def __init__(self, path):
        self.path = path
        Request.log.append(path)
def handle(path):
    request = Request(path)
    return len(request.path)
for i in range(5):
    handle("/page/" + str(i))
gc.collect()
print(objgraph.count("Request"), len(Request.log))
