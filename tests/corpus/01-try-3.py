# chapter: 1
# several except clauses: the first matching one runs; Exception catches all these
def risky(kind):
    if kind == 1:
        return [][0]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return 1 + "a"
    return "fine"
for kind in range(4):
    try:
        print(risky(kind))
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)
    except Exception as e:
        print("other", type(e), e)
