# sys.excepthook writes an exception's traceback to stderr (like an uncaught
# one) and the program goes on; the default hook is also sys.__excepthook__.
import sys

def fail():
    raise KeyError("inner")

try:
    fail()
except KeyError as e:
    print(sys.excepthook(type(e), e, e.__traceback__))
print(sys.excepthook is sys.__excepthook__ or callable(sys.__excepthook__))
print("still running")
raise ValueError("last")
