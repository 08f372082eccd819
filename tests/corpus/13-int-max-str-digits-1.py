# chapter: 1
# sys.get_int_max_str_digits / set_int_max_str_digits (CPython 3.11's limit on
# decimal digits, CVE-2020-10735): the limit moves, 0 removes it, and the
# errors of bad arguments are CPython's.
import sys
print(sys.get_int_max_str_digits())
for v in (0, 639, 640, -1, "x", 10**30, True):
    try:
        sys.set_int_max_str_digits(v)
        print("ok", v, sys.get_int_max_str_digits())
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    str(10**700)
except ValueError as e:
    print(e)
try:
    int("1" * 700)
except ValueError as e:
    print(e)
print(len(str(10**639)))
sys.set_int_max_str_digits(0)
print(len(str(10**5000)), len(str(int("7" * 5000))))
for call in (lambda: sys.set_int_max_str_digits(),
             lambda: sys.set_int_max_str_digits(1, 2),
             lambda: sys.set_int_max_str_digits(700, maxdigits=700),
             lambda: sys.get_int_max_str_digits(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
sys.set_int_max_str_digits(maxdigits=5000)
print(sys.get_int_max_str_digits())
print(len(repr(10**4999)))
try:
    repr(10**5000)
except ValueError as e:
    print(e)
