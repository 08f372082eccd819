import sys

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

data = []
first = Node(data)
second = Node(data)
first.next = second
print(sys.getrefcount(data), sys.getrefcount(second))
first = None
print(sys.getrefcount(data), sys.getrefcount(second))
