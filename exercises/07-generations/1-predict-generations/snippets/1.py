import gc


def generation_of(obj):
    for generation in range(3):
        for other in gc.get_objects(generation):
            if other is obj:
                return generation
    return None


gc.collect()
first = []
gc.collect(0)
second = []
gc.collect(0)
third = []
print(generation_of(first), generation_of(second), generation_of(third))
gc.collect(1)
fourth = []
print(generation_of(first), generation_of(third), generation_of(fourth))
