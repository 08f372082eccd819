# chapter: 1
# list items assigned by index, including negative indexes
xs = [10, 20, 30, 40]
xs[0] = "first"
xs[-1] = "last"
xs[1] = xs[2]
print(xs)
stack = []
stack.append("a")
stack.append("b")
print(stack.pop(), stack.pop(), stack)
queue = ["x", "y", "z"]
print(queue.pop(0), queue)
