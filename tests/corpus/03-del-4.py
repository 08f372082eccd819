# chapter: 3
# a temporary is freed right after the expression that uses it
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
    def hello(self):
        print("hello from", self.name)
        return 1
Noisy("temp").hello()
print("next statement")
x = Noisy("kept").hello()
print(x)
