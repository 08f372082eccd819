# chapter: 1
# NameError for unknown names, UnboundLocalError for locals read too early
try:
    print(undefined_thing_xyz)
except NameError as e:
    print(type(e), e)
total = 10
def broken():
    total += 1
    return total
try:
    broken()
except UnboundLocalError as e:
    print(type(e), e)
def later():
    print(value_q)
    value_q = 1
try:
    later()
except NameError as e:
    print(isinstance(e, UnboundLocalError), e)
