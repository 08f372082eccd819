# Exercise 02-3: make two equal strings one object with sys.intern.
# Read exercise.md, write your program below, then: make grade EX=02-3
