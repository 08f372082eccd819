date = "2024-01-31"
dash = "-"
print(date[4] is dash, date[7] is date[4])
both = "--"
print(date[4] + date[7] is both, date[4] + date[7] == both)
