# chapter: 6
# atoms are never tracked by the collector: they cannot be part of a cycle
import gc
big = 123456789 * 1000
text = "ab" + "cd"
print(gc.is_tracked(7), gc.is_tracked(big), gc.is_tracked(2.5))
print(gc.is_tracked(text), gc.is_tracked(None), gc.is_tracked(True))
print(gc.is_tracked([7]), gc.is_tracked([]))
