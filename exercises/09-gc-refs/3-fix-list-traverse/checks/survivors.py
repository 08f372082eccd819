import gc

class Page:
    pass

gc.collect()
page = Page()
book = [page, "cover"]
del page
print(gc.collect(0))
print(type(book[0]).__name__, book[1])
