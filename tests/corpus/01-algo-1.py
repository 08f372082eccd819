# chapter: 1
# a small program: insertion sort and binary search on lists
def insertion_sort(xs):
    i = 1
    while i < len(xs):
        j = i
        while j > 0 and xs[j - 1] > xs[j]:
            xs[j - 1], xs[j] = xs[j], xs[j - 1]
            j -= 1
        i += 1
    return xs
def search(xs, target):
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
data = insertion_sort([5, 2, 9, 1, 5, 6, -3])
print(data)
print(search(data, 6), search(data, 4))
