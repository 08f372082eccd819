import gc


def generation_of(obj):
    for generation in range(3):
        for other in gc.get_objects(generation):
            if other is obj:
                return generation
    return None


gc.collect()
settings = [1, 2]
gc.freeze()
later = [3]
gc.collect(0)
print(generation_of(settings), generation_of(later))
gc.unfreeze()
gc.collect(0)
print(generation_of(settings), generation_of(later), gc.get_freeze_count())
