# chapter: 9
# a dict with other keys reports each value followed by its key
import gc
board = {1: "one", 2: [2, 2]}
print(gc.get_referents(board))
