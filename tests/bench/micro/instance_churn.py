# Instance churn inside a function: one P(i, i) per step, constructed
# through __init__ with two attribute stores, read once and dropped.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def churn(n):
    total = 0
    for i in range(n):
        p = P(i, i)
        total = total + p.x - p.y + 1
    return total

print(churn(500000))
