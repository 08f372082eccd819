# Instances with attributes, linked in short chains and released.
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

total = 0
for round in range(100):
    head = None
    for i in range(60):
        head = Node(i * 1.5, head)
    while head is not None:
        total += head.value
        head = head.next
print(total)
