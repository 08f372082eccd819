# chapter: 1
# __iter__ and __next__: for loops, consumers, next(), StopIteration, bad iterators
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return iter(self.cards)

for n in Countdown(3):
    print("count", n)
print(list(Countdown(4)), sum(Countdown(10)), sorted(Countdown(3)))
print(list(Deck(["A", "K"])), "K" in Deck(["A", "K"]), "Q" in Deck(["A"]))
for i, card in enumerate(Deck(["J", "Q"])):
    print(i, card)
print(list(zip(Countdown(3), Deck("abc"))))
a, b = Countdown(2)
print(a, b)

it = Countdown(2)
print(iter(it) is it, next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

class Stop:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("finished")
        self.done = True
        return "once"
for x in Stop():
    print(x)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class NotAnIterator:
    def __iter__(self):
        return 42
class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
class NoNext:
    pass
attempt("iter bad", lambda: iter(NotAnIterator()))
attempt("list bad", lambda: list(NotAnIterator()))
attempt("list broken", lambda: list(Broken()))
attempt("next plain", lambda: next(NoNext()))
attempt("list plain", lambda: list(NoNext()))
