# chapter: 1
# arithmetic special methods: forward, reflected, in-place, unary, and the TypeErrors
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        return self + other
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return self.cents / k
    def __floordiv__(self, k):
        return Money(self.cents // k)
    def __mod__(self, k):
        return Money(self.cents % k)
    def __rtruediv__(self, k):
        return "rtruediv " + str(k)
    def __rfloordiv__(self, k):
        return "rfloordiv " + str(k)
    def __rmod__(self, k):
        return "rmod " + str(k)
    def __rsub__(self, k):
        return "rsub " + str(k)
    def __neg__(self):
        return Money(-self.cents)
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return Money(abs(self.cents))

m = Money(250)
print(m + Money(50), m + 5, 5 + m, m - Money(100), m * 3, 3 * m)
print(m / 4, m // 7, m % 7, 10 / m, 10 // m, 10 % m, 10 - m)
print(-m, +m, abs(Money(-3)), abs(-m))
print(sum([Money(1), Money(2), Money(3)]))

total = Money(0)
alias = total
total += Money(5)
print(total, alias, total is alias)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __imul__(self, k):
        return NotImplemented
    def __mul__(self, k):
        return "Acc * " + str(k)
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a *= 3
print(a, b.items)

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)

class Plain:
    pass
attempt("m + str", lambda: m + "x")
attempt("str + m", lambda: "x" + m)
attempt("m * 1.5", lambda: m * 1.5)
attempt("plain + 1", lambda: Plain() + 1)
attempt("1 - plain", lambda: 1 - Plain())
attempt("-plain", lambda: -Plain())
attempt("+plain", lambda: +Plain())
attempt("abs plain", lambda: abs(Plain()))
def aug():
    p = Plain()
    p += 1
attempt("plain += 1", aug)
def aug2():
    s = "text"
    s -= 1
attempt("str -= 1", aug2)
def aug3():
    n = 5
    n *= None
attempt("int *= None", aug3)
