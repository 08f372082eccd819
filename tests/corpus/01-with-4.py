# chapter: 8
# an exception raised by __exit__ while another is being handled: its __context__ and the printed chain
class Closer:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(exc_type, type(tb).__name__, tb.tb_lineno, tb is exc.__traceback__)
        raise RuntimeError("close failed")

try:
    with Closer():
        raise ValueError("work failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

with Closer():
    [][1]
