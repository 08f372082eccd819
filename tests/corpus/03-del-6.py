# chapter: 3
# an object alive at exit is finalized when the interpreter shuts down
class Noisy:
    def __del__(self):
        print("finalized at exit")
keeper = Noisy()
print("last line of the script")
