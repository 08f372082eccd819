# chapter: 1
# sort stability: sorting by a second key keeps the first key's order
people = [('ann', 31), ('bob', 25), ('cid', 31), ('dee', 25), ('eve', 40)]
def age(p):
    return p[1]
def name(p):
    return p[0]
by_age = sorted(people, key=age)
print(by_age)
print(sorted(people, key=age, reverse=True))
people.sort(key=name, reverse=True)
people.sort(key=age)
print(people)
nums = [5, -3, 2, -5, 3, -2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ['b', 'A', 'c', 'B', 'a']
def lower(s):
    return s.lower()
words.sort(key=lower)
print(words)
print(sorted('hello'), sorted([]), sorted((3, 1, 2), reverse=True))
calls = []
def noisy(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=noisy), calls)
try:
    sorted([1, 'x', 2])
except TypeError as e:
    print(e)
data = [3, 1, 2]
try:
    data.sort(key=len)
except TypeError as e:
    print(e, data)
