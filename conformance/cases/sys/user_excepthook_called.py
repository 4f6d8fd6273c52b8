# An uncaught exception goes to the program's own sys.excepthook; when the
# hook itself fails, both tracebacks are shown ("Error in sys.excepthook:",
# then "Original exception was:") and the original is the program's error.
import sys
def hook(etype, value, tb):
    print('hook:', etype.__name__, value, tb.tb_lineno if tb is not None else None)
    raise RuntimeError('hook failed')
sys.excepthook = hook
print('before')
raise KeyError('lost')
