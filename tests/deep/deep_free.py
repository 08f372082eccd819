# A million-deep chain of each container kind, built and then freed by one
# `del`. Without the trashcan, freeing the outermost object would recurse a
# million C frames deep and overflow the stack.
class Node:
    def __init__(self, inner):
        self.inner = inner

depth = 1000000
nested_list = []
nested_dict = {}
nested_tuple = ()
chain = None
for i in range(depth):
    nested_list = [nested_list]
    nested_dict = {"inner": nested_dict}
    nested_tuple = (nested_tuple,)
    chain = Node(chain)
print("built")
del nested_list, nested_dict, nested_tuple, chain
print("freed")
