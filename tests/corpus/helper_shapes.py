# helper module for 01-import-1 and 02-interned-3: runs once when imported
print("helper_shapes loaded")
UNIT = "cm"
def square_area(side):
    return side * side
def shared_word():
    return "shared_identifier"
def shared_sentence():
    return "a shared sentence!"
