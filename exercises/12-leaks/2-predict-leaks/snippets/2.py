import gc
def parse(text):
    words = text.split()
    try:
        return int(words[0])
    except ValueError as e:
        last_error = e
        return None
gc.collect()
print(parse("12 apples"), gc.collect())
print(parse("twelve apples"), gc.collect())
