# When str() of an uncaught exception fails, the report says so
# (sys.excepthook writes the same text; it is captured here).
import sys, io
class Unprintable(Exception):
    def __str__(self):
        raise ValueError('no str')
saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    raise Unprintable()
except Unprintable:
    sys.excepthook(*sys.exc_info())
sys.stderr = saved
print(buf.getvalue().splitlines()[-1])
