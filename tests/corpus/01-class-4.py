# chapter: 1
# methods calling methods, returning self for chaining
class Path:
    def __init__(self):
        self.parts = []
    def add(self, part):
        self.parts.append(part)
        return self
    def text(self):
        return "/" + "/".join(self.parts)
    def depth(self):
        return len(self.parts)
p = Path().add("usr").add("lib")
print(p.text(), p.depth())
print(p.add("python3").text())
