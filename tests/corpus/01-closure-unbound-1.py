# chapter: 1
# an empty cell read from the inner function is a NameError about a free variable; from its own function, an UnboundLocalError
def early_call():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = "set"
    return show()
print(early_call())
def read_before():
    try:
        print(value)
    except UnboundLocalError as e:
        print(type(e).__name__ + ":", e)
    value = 1
    def g():
        return value
    return g
g = read_before()
print(g())
def delete_it():
    item = "here"
    def get():
        return item
    print(get())
    del item
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    try:
        del item
    except UnboundLocalError as e:
        print(type(e).__name__ + ":", e)
delete_it()
def outer():
    def inner():
        return missing_everywhere
    return inner
try:
    outer()()
except NameError as e:
    print(type(e).__name__ + ":", e)
def last():
    def show():
        return value
    del_value = show
    value = 0
    return del_value
print(last()())
def unbound_at_end():
    def show():
        return value
    if False:
        value = 1
    try:
        show()
    except NameError as e:
        print(type(e).__name__ + ":", e)
unbound_at_end()
