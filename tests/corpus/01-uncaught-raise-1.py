# chapter: 1
# an explicitly raised ValueError with a message goes uncaught
def parse_age(text):
    n = int(text)
    if n < 0:
        raise ValueError("age cannot be negative: " + text)
    return n
print(parse_age("42"))
parse_age("-3")
