# chapter: 1
# finally blocks run before the uncaught error reaches the top
def work():
    try:
        print("working")
        return {}["absent"]
    finally:
        print("finally in work")
try:
    work()
finally:
    print("finally at top")
