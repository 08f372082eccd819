# chapter: 1
# SystemExit can be caught; uncaught, it ends the program quietly: a code
# that is not None or an int is printed, and the status is 1
import sys
print("before")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("caught", e.code)


def leave():
    exit("leaving with a message")


leave()
print("not reached")
