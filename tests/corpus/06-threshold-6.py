# chapter: 6
# set_threshold takes its arguments by position only (uncaught TypeError)
import gc
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(threshold0=600)
print("not reached")
