import gc
print(gc.is_tracked(2048), gc.is_tracked("2048"), gc.is_tracked(20.48))
print(gc.is_tracked([]), gc.is_tracked([2048]), gc.is_tracked(()))
print(gc.is_tracked({}), gc.is_tracked({"n": 2048}), gc.is_tracked({"n": [2048]}))
