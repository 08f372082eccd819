import gc
gc.collect()
head = []
link = head
for i in range(1000):
    link = [link]
head.append(link)
del head, link
print(gc.collect())
