# Exercise 01-3: show with id() that a list is mutable and an int is not.
# Read exercise.md, write your program below, then: make grade EX=01-3
