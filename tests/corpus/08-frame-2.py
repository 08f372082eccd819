# chapter: 8
# e.__traceback__ is a traceback object: tb_frame is the frame it passed through, tb_next the next inner one
import gc
def divide(a, b):
    return a / b
try:
    divide(1, 0)
except ZeroDivisionError as e:
    tb = e.__traceback__
print(type(tb))
print(type(tb.tb_frame))
print(tb.tb_lineno, tb.tb_frame.f_lineno)
inner = tb.tb_next
print(type(inner.tb_frame), inner.tb_lineno, inner.tb_next)
print(inner.tb_frame.f_locals)
print(inner.tb_frame.f_back is tb.tb_frame, tb.tb_frame.f_back)
print(inner.tb_frame.f_globals is globals())
# the module's frame is still running: not tracked; divide's has finished
print(gc.is_tracked(tb.tb_frame), gc.is_tracked(inner.tb_frame))
