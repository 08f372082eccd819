# chapter: 8
# an error while matching an except clause is raised on the except line, with the exception being matched as context
def check(kinds):
    try:
        return 1 / 0
    except kinds[2]:
        return 0
print(check([ValueError, KeyError, ZeroDivisionError]))
print(check([ValueError]))
