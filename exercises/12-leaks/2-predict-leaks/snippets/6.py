import objgraph
class Item:
    pass
class Cache:
    def __init__(self):
        self.items = {}
cache = Cache()
def remember(key):
    cache.items[key] = Item()
remember("a")
chain = objgraph.find_backref_chain(objgraph.by_type("Item")[0], objgraph.is_proper_module)
print([type(o).__name__ for o in chain])
