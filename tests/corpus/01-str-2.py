# chapter: 1
# str methods: upper, lower, startswith, split, join
s = "Hello, Memory World"
print(s.upper())
print(s.lower())
print(s.startswith("Hello"), s.startswith("hello"))
print(s.split())
print(s.split(", "))
print("a,b,,c".split(","))
print("  spaced   out  words ".split())
print("-".join(["x", "y", "z"]))
print("".join(["ab", "cd"]))
print(", ".join(s.split()))
