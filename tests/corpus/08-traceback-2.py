# chapter: 8
# "except ... as e" deletes e at the end of the handler, so no cycle is left behind
import gc
def parse(text):
    try:
        raise ValueError("bad " + text)
    except ValueError as e:
        print("caught", e)
    return len(text)
gc.collect()
print(parse("input"))
print(gc.collect())
