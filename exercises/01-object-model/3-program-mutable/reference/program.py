# Reference for exercise 01-3 (kept for the grader's self-check).
numbers = [1, 2]
count = 1000
numbers_id = id(numbers)
count_id = id(count)

numbers += [3]
count += 1

print("list: same object:", id(numbers) == numbers_id)
print("int: same object:", id(count) == count_id)
