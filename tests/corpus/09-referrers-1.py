# chapter: 9
# get_referrers finds the containers that hold an object: the list and the module's globals
import gc
target = ["shared"]
holder = [target]
found = gc.get_referrers(target)
in_holder = False
in_globals = False
for r in found:
    if r is holder:
        in_holder = True
    if r is globals():
        in_globals = True
print(len(found), in_holder, in_globals)
