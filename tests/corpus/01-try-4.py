# chapter: 1
# nested try blocks; an exception raised in except replaces the first
try:
    try:
        {}["missing"]
    except KeyError:
        print("inner handler")
        raise TypeError("from the handler")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer got:", e)
try:
    try:
        raise ValueError("not caught inside")
    except KeyError:
        print("wrong handler")
except ValueError as e:
    print("outer got:", e)
