# chapter: 1
# slices in ordinary code: bounds from expressions and calls, chained slicing, slices of slices, in loops
def halves(seq):
    mid = len(seq) // 2
    return seq[:mid], seq[mid:]
print(halves([1, 2, 3, 4, 5]), halves('abcdef'), halves((1, 2, 3)), halves(range(7)))
def rotate(seq, n):
    n = n % len(seq)
    return seq[n:] + seq[:n]
print(rotate([1, 2, 3, 4], 1), rotate('hello', -2), rotate((1, 2, 3), 5))
def is_palindrome(s):
    return s == s[::-1]
print(is_palindrome('racecar'), is_palindrome('ab'), is_palindrome([1, 2, 1]))
words = 'the quick brown fox jumps'.split()
print(words[1:-1], words[-1][::-2], words[::2][1:][0][1:3])
grid = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
print(grid[1:], grid[::-1][0][::-1], grid[0][1:] + grid[2][:1])
acc = []
text = 'abcdefghij'
i = 0
while i < len(text):
    acc.append(text[i:i + 3])
    i += 3
print(acc)
stack = [1, 2, 3, 4, 5]
top, stack[-2:] = stack[-2:], []
print(top, stack)
n = len(stack)
print(stack[n - 1:n], stack[n:], stack[-n:], stack[:-n])
