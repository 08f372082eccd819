# chapter: 5
# del of a global name from inside a function with the global statement
import sys
payload = [1, 2]
keep = payload
def drop():
    global payload
    del payload
print(sys.getrefcount(keep))
drop()
print(sys.getrefcount(keep))
print("payload" in globals())
