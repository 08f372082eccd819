import gc

class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)

gc.collect()
kept = Node("kept")
kept.friend = Node("friend")
kept.friend.friend = kept
kept.friend.luggage = [[Node("luggage")]]
lost = Node("lost")
lost.friend = Node("lost friend")
lost.friend.friend = lost
del lost
print("collected", gc.collect())
print(kept.friend.luggage[0][0].name)
del kept
print("collected", gc.collect())
print("end")
