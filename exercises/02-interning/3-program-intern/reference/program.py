# Reference for exercise 02-3 (kept for the grader's self-check).
import sys

words = ["reference", "counting"]
first = " ".join(words)
second = "reference " + words[1]
third = "".join(["reference", " ", "counting"])

before = first is second
first = sys.intern(first)
second = sys.intern(second)

print("before:", before)
print("after:", first is second)
