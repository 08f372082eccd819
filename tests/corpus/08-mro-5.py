# chapter: 8
# isinstance and issubclass through every base, and exceptions caught by either base
class Readable: pass
class Writable: pass
class Stream(Readable, Writable): pass
class Buffered(Stream): pass

s = Buffered()
for cls in (Readable, Writable, Stream, Buffered, object, int):
    print(cls.__name__, isinstance(s, cls), issubclass(Buffered, cls))
print(isinstance(s, (int, Writable)), issubclass(Stream, (str, Readable)))
print(issubclass(Readable, Stream), isinstance(Readable(), Stream))

class Retryable:
    def retry_in(self):
        return 5

class Timeout(Retryable, OSError):
    pass

class NotFound(Retryable, KeyError):
    pass

for exc in (Timeout("slow"), NotFound("key")):
    try:
        raise exc
    except Retryable as e:
        print(type(e).__name__, "retry in", e.retry_in(), e.args, str(e), repr(e))
try:
    raise NotFound("k")
except LookupError as e:
    print("LookupError caught:", type(e).__mro__)
print(Timeout.__base__, NotFound.__base__, sorted(Timeout.__dict__))
