# sys.excepthook writes to the current sys.stderr (here a StringIO).
import sys, io
saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    {}['gone']
except KeyError:
    sys.excepthook(*sys.exc_info())
sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[-1])
