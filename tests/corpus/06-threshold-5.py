# chapter: 6
# thresholds must be integers: a str, a float or None is refused
import gc
values = ["700", 7.5, None]
for value in values:
    try:
        gc.set_threshold(value)
        print("accepted", value)
    except TypeError as e:
        print("TypeError:", e)
print(gc.get_threshold())
