# chapter: 11
# sys._debugmallocstats exists and takes no arguments
import sys
print(type(sys._debugmallocstats).__name__)
try:
    sys._debugmallocstats(0)
except TypeError as e:
    print(e)
