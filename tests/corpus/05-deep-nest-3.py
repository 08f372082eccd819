# chapter: 5
# a chain of objects with __del__: freeing the head frees the chain in order
class Link:
    def __init__(self, label, nxt):
        self.label = label
        self.nxt = nxt
    def __del__(self):
        print("deallocated", self.label)
chain = None
for label in ["e", "d", "c", "b", "a"]:
    chain = Link(label, chain)
print("chain head", chain.label)
del chain
print("chain freed")
