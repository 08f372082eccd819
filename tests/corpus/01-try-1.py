# chapter: 1
# try/except/finally: order of execution
def attempt(x):
    try:
        print("try", x)
        r = 10 // x
        print("after division")
        return r
    except ZeroDivisionError:
        print("except")
        return -1
    finally:
        print("finally")
print(attempt(2))
print(attempt(0))
try:
    print("no error")
finally:
    print("cleanup")
