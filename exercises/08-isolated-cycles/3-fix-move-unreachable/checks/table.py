import gc
table = {"name": "scores", "rows": [["ada", 36], ["bob", 41]]}
gc.collect()
print(table)
print(gc.collect())
print(table["rows"][1][0], len(table["rows"]))
