import gc

class Page:
    pass

class Doc:
    pass

class Editor:
    pass

class Window:
    pass

gc.collect()
page = Page()
doc = Doc()
doc.page = page
doc.history = []
editor = Editor()
window = Window()
editor.window = window
window.editor = editor
window.page = page
del page, editor, window
print(gc.collect(0))
for obj in gc.get_objects(1):
    print(type(obj).__name__)
print(type(doc.page).__name__, doc.history)
