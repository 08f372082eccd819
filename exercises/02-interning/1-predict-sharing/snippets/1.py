low = -5
high = 256
print(low + 0 is low, low - 1 is low - 1)
print(high - 0 is high, high + 1 is high + 1)
