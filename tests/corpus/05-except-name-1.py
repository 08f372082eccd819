# chapter: 5
# the name bound by except ... as is deleted when the handler ends
try:
    raise ValueError("boom")
except ValueError as err:
    print("in handler:", err)
try:
    print(err)
except NameError as e:
    print(e)
