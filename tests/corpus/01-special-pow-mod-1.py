# chapter: 1
# pow() with a modulus asks only the base's __pow__, with two arguments;
# __rpow__ is never used for three-argument pow
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)

class Q:
    def __pow__(self, other):
        return "two arguments only"

print(pow(P(), 2, 5))
print(pow(P(), 2))
print(P() ** 3)
print(2 ** P())
for args in [(2, P(), 5), (2, 3, P()), (2.0, P(), 5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    pow(Q(), 2, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(3, 4, 5), pow(-2, 3, 7))
