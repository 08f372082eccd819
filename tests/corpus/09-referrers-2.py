# chapter: 9
# in a running function, a cycle member's only referrer is its partner: locals are not objects
import gc
def check():
    a = ["a"]
    b = ["b", a]
    a.append(b)
    to_b = gc.get_referrers(b)
    print(len(to_b), to_b[0] is a)
    # to_b holds a: drop it before asking who refers to a
    del to_b
    to_a = gc.get_referrers(a)
    print(len(to_a), to_a[0] is b)
check()
