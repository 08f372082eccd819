# chapter: 8
# a bound method stored on its own instance makes a cycle of two
import gc
class Button:
    def click(self):
        return "clicked"
gc.collect()
b = Button()
b.handler = b.click
print(b.handler())
del b
print(gc.collect())
