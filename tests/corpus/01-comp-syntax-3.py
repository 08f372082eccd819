# chapter: 1
# dict unpacking in a dict comprehension
d = {**a for a in [{}]}
