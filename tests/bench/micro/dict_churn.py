# Small-dict churn inside a function: a two-key dict made, read and dropped
# on every step.
def churn(n):
    total = 0
    for i in range(n):
        d = {"x": i, "y": i + 1}
        total = total + d["y"] - d["x"]
    return total

print(churn(1000000))
