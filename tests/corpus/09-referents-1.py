# chapter: 9
# a tuple's referents come last item first, as for a list; a self-holding list names itself
import gc
first = [1]
second = [2]
t = tuple([first, second, "third"])
print(gc.get_referents(t))
loop = []
loop.append(loop)
print(gc.get_referents(loop)[0] is loop)
