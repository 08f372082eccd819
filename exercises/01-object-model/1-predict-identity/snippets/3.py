nums = [1, 2]
before = id(nums)
nums += [3]
print(id(nums) == before, nums)
