# chapter: 1
# assert: passing, failing with and without a message (caught)
assert 1 + 1 == 2
assert [1], "never shown"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("caught empty:", repr(str(e)), repr(e))
print("done")
