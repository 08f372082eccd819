# Small-list churn inside a function: each step makes two lists of three
# and one of one, reads them and lets all three go at once.
def churn(n):
    total = 0
    for i in range(n):
        row = [i, i + 1, i + 2]
        pair = [row, [i]]
        total = total + len(pair[0]) + pair[1][0] % 7
    return total

print(churn(1000000))
