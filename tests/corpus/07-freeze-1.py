# chapter: 7
# gc.freeze moves every tracked object to the permanent generation; unfreeze empties it
import gc
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
