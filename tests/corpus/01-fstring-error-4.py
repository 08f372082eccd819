# chapter: 1
# f-string: conversion characters and nesting depth
x = 1
print(f"{x!x}")
