import gc

class Button:
    def __init__(self, label):
        self.label = label
        self.handler = self.press

    def press(self):
        return self.label

def make_buttons():
    ok = Button("OK")
    cancel = Button("Cancel")
    return ok.handler() + " " + cancel.label

gc.collect()
print(make_buttons())
print(gc.collect())
