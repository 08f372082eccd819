import gc
gc.collect()
tree = [[["leaf", [1, 2, 3]], ["branch"]], [[[["deep"]]]]]
dropped = [[["gone"]]]
dropped.append(dropped)
del dropped
print(gc.collect())
print(tree)
print(gc.collect(0), gc.collect(1), gc.collect(2))
print(tree)
