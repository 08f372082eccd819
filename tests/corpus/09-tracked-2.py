# chapter: 9
# instances, functions, classes and bound methods are tracked; a range is not
import gc
class Task:
    def run(self):
        return 1
def helper():
    return 2
t = Task()
print(gc.is_tracked(t), gc.is_tracked(helper), gc.is_tracked(Task))
print(gc.is_tracked(t.run), gc.is_tracked(range(3)), gc.is_tracked(gc))
