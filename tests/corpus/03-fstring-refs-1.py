# chapter: 3
# an f-string formats each field before evaluating the next (FORMAT_VALUE),
# so the object of an earlier field is not held while a later one runs
import sys
class C:
    pass
c = C()
print(sys.getrefcount(c), f'{sys.getrefcount(c)}', f'{c.__class__.__name__}:{sys.getrefcount(c)}')
lst = [c]
print(f'{sys.getrefcount(lst)} {lst[0] is c} {sys.getrefcount(c)}')
s = 'a string with spaces'
print(sys.getrefcount(s), f'{s}' is s, sys.getrefcount(s))
t = f'{s}'
print(t is s, sys.getrefcount(s))
del t
print(sys.getrefcount(s), f'{s:>3}' is s, f'{s!s}' is s)
def show(o):
    return f'{sys.getrefcount(o)}'
print(show(c), show([]))
