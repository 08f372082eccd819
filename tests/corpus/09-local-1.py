# chapter: 9
# a cycle held by a local of a running function is reachable: collected only after return
import gc
def work():
    a = ["a"]
    b = ["b", a]
    a.append(b)
    print("inside", gc.collect())
    return len(a)
gc.collect()
print(work())
print("after", gc.collect())
