# chapter: 1
# uncaught NameError at module level after some output
print("before")
value = 3
print(value + missing_value_name)
