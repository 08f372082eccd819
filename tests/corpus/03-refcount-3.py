# chapter: 3
# a string constant in a script: the constant table and the parse tree also hold it (S58)
import sys
message = "Hello"
print(sys.getrefcount(message))
built = "".join(["Hel", "lo!"])
print(sys.getrefcount(built))
