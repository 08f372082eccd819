# chapter: 9
# a dict with only str keys reports its values alone, in insertion order
import gc
red = [255, 0, 0]
green = [0, 255, 0]
colors = {"red": red, "green": green, "name": "palette"}
print(gc.get_referents(colors))
