# chapter: 9
# which objects the collector tracks, and what a list refers to (visited last to first)
import gc
print(gc.is_tracked(1), gc.is_tracked("text"), gc.is_tracked([]))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
inner = [1]
outer = [inner, "s"]
print(gc.get_referents(outer))
