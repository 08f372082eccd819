# chapter: 3
# an object made in a function dies when the function returns, unless returned
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def work():
    temp = Noisy("temp")
    keep = Noisy("keep")
    print("returning")
    return keep
k = work()
print("got", k.name)
k = None
print("end")
