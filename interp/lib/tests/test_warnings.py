import warnings
import sys
from kaa_check import show, py34

def emit(msg, category=UserWarning):
    warnings.warn(msg, category)

warnings.warn("careful")
warnings.warn("careful")          # a second location: printed again
for i in range(3):
    warnings.warn("in a loop")    # default action: once per location
emit("from a function")
emit("from a function")
warnings.warn("stacklevel two", stacklevel=1)
def deeper():
    warnings.warn("blame the caller", RuntimeWarning, stacklevel=2)
deeper()
warnings.warn(UserWarning("instance message"))
class MyWarning(UserWarning):
    pass
warnings.warn("custom category", MyWarning)
warnings.warn("syntax-ish", SyntaxWarning)
warnings.warn("pending", PendingDeprecationWarning)   # ignored by default
py34("default filters", lambda: [(f[0], f[2].__name__) for f in warnings.filters],
     "[('ignore', 'DeprecationWarning'), ('ignore', 'PendingDeprecationWarning'), ('ignore', 'ImportWarning'), ('ignore', 'BytesWarning'), ('ignore', 'ResourceWarning')]")
py34("bad category", lambda: warnings.warn("x", 5), "TypeError: issubclass() arg 1 must be a class")
py34("not a warning", lambda: warnings.warn("x", int), "ValueError: category is not a subclass of Warning")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    warnings.warn("recorded two", RuntimeWarning)
    emit("recorded three")
    warnings.warn("pending now shown", PendingDeprecationWarning)
show("record", lambda: [(str(w.message), w.category.__name__, w.lineno) for w in log])
show("record str", lambda: str(log[0]).replace(__file__, 'FILE'))
show("record file", lambda: (log[0].filename == __file__, log[0].line, log[0].file))
warnings.warn("after catch")   # printed: the old filters are back

with warnings.catch_warnings():
    warnings.simplefilter("error")
    show("error action", lambda: warnings.warn("boom"))
    show("error instance", lambda: warnings.warn(RuntimeWarning("rt")))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once only")
        emit("once only")
with warnings.catch_warnings():
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("module once")
        emit("module once")
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad.*", category=UserWarning)
    warnings.filterwarnings("ignore", message="QUIET")
    show("filter message", lambda: warnings.warn("bad thing"))
    warnings.warn("quiet please")
    warnings.warn("fine thing")
    warnings.filterwarnings("error", module="__main__", append=True)
    show("filter module order", lambda: warnings.warn("Fine again"))
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning, lineno=0)
    show("filter category", lambda: warnings.warn("rw", RuntimeWarning))
    warnings.warn("uw is fine", UserWarning)
with warnings.catch_warnings():
    warnings.resetwarnings()
    show("reset", lambda: warnings.filters)
    warnings.warn("pending after reset", PendingDeprecationWarning)
show("bad action", lambda: warnings.simplefilter("loud"))
show("bad filter category", lambda: warnings.filterwarnings("error", category=int))
show("bad lineno", lambda: warnings.simplefilter("error", lineno=-1))
show("catch repr", lambda: (repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True))))
cw = warnings.catch_warnings()
show("exit before enter", lambda: cw.__exit__(None, None, None))
cw.__enter__()
show("enter twice", lambda: cw.__enter__())
cw.__exit__(None, None, None)
show("formatwarning", lambda: warnings.formatwarning("msg", UserWarning, "file.py", 3, "  source line  "))
show("formatwarning noline", lambda: warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3))
class Out:
    def __init__(self):
        self.text = []
    def write(self, s):
        self.text.append(s)
out = Out()
warnings.showwarning("shown", UserWarning, "f.py", 9, file=out, line="x = 1")
show("showwarning file", lambda: ''.join(out.text))
saved = warnings.showwarning
def hook(message, category, filename, lineno, file=None, line=None):
    print("HOOK", message, category.__name__, lineno)
warnings.showwarning = hook
warnings.warn("to the hook")
warnings.showwarning = saved
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit mod", UserWarning, "other.py", 7, module="mymod", registry={})
reg = {}
warnings.warn_explicit("with registry", UserWarning, "x.py", 1, registry=reg)
warnings.warn_explicit("with registry", UserWarning, "x.py", 1, registry=reg)
show("registry", lambda: sorted(k for k in reg if k != 'version'))
sys.stderr.flush()
wm = warnings.WarningMessage("m", UserWarning, "f.py", 3)
show("WarningMessage", lambda: (str(wm), wm.message, wm.category, wm.filename, wm.lineno, wm.file, wm.line))
show("defaultaction", lambda: warnings.defaultaction)
show("onceregistry type", lambda: type(warnings.onceregistry).__name__)
