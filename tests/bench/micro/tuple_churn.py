# Small-tuple churn inside a function: a pair and a triple made, indexed and
# dropped on every step (CPython keeps free lists of small tuples for this).
def churn(n):
    total = 0
    for i in range(n):
        pair = (i, i + 1)
        triple = (pair, i, -i)
        total = total + triple[0][1] - triple[1] + triple[2] % 5
    return total

print(churn(1000000))
