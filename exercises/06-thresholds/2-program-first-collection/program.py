# Exercise 06-2: find by experiment where the first automatic collection starts.
# Read exercise.md, write your program below, then: make grade EX=06-2
