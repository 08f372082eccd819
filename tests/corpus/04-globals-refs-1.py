# chapter: 4
# module names are keys of the globals dict: its values are the references
import sys
data = [1, 2]
print(sys.getrefcount(data))
print(globals()["data"] is data)
g = globals()
alias = g["data"]
print(sys.getrefcount(data))
g["data"] = None
print(sys.getrefcount(alias))
