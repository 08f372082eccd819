# chapter: 7
# get_objects: a negative generation or a str is refused; None means all of them
import gc
for g in [-2, "old"]:
    try:
        gc.get_objects(g)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(type(gc.get_objects(None)), type(gc.get_objects()))
