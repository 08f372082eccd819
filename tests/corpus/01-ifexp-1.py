# chapter: 1
# conditional expressions: only the chosen branch runs; they bind looser than `or` and tighter than lambda
def say(text, value):
    print("evaluating", text)
    return value
print(say("a", 1) if say("test", True) else say("b", 2))
print(say("a", 1) if say("test", 0) else say("b", 2))
x = 5
sign = "negative" if x < 0 else "zero" if x == 0 else "positive"
print(sign)
print(1 if 0 or [] else 2, 0 or 1 if 1 else 3)
print((lambda v: "even" if v % 2 == 0 else "odd")(4))
f = lambda: 1 if True else 2
print(f())
values = [3] if False else [4] if False else "skip"
print(values)
items = [1, None, 3]
print([0] if False else "ok")
print(items[1] if items[1] is not None else "missing")
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C"
print(grade(95), grade(85), grade(10))
result = None if not items else items[0]
print(result, (1, 2) if items else ())
print(not 1 if 0 else 2)
