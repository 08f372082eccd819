# chapter: 1
# a small program: fizzbuzz built with %, continue and str concatenation
out = []
for i in range(1, 16):
    if i % 15 == 0:
        out.append("FizzBuzz")
        continue
    if i % 3 == 0:
        out.append("Fizz")
        continue
    if i % 5 == 0:
        out.append("Buzz")
        continue
    out.append(str(i))
print(" ".join(out))
