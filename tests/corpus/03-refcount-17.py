# chapter: 3
# functions are objects too: the module dict holds the function
import sys
def helper():
    pass
print(sys.getrefcount(helper))
alias = helper
print(sys.getrefcount(helper))
