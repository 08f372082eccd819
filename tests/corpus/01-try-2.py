# chapter: 1
# exceptions travel up through calls; except ... as e, str, repr and type of e
def inner():
    raise ValueError("deep problem")
def middle():
    inner()
    print("not reached")
try:
    middle()
except ValueError as e:
    print(e)
    print(repr(e))
    print(type(e))
    print(isinstance(e, ValueError), isinstance(e, Exception))
