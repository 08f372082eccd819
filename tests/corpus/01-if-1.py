# chapter: 1
# if/elif/else chains inside a function
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in [-3, 0, 7, 10, 12345]:
    print(v, classify(v))
