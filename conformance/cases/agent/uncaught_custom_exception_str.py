class AppError(Exception):
    """Base error."""
class HTTPError(AppError):
    def __init__(self, code, reason):
        self.code = code
        self.reason = reason
        super().__init__(code, reason)
    def __str__(self):
        return "HTTP %d: %s" % (self.code, self.reason)
def fetch(url):
    if 'bad' in url:
        raise HTTPError(404, "Not Found")
    return "ok"
for u in ['good', 'bad']:
    try:
        print(fetch(u))
    except AppError as e:
        print(type(e).__name__, e, e.args, repr(e))
try:
    raise HTTPError(500, "x") from None
except HTTPError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
def outer():
    try:
        fetch('bad')
    except HTTPError as e:
        raise AppError("wrapped", e.code) from e
outer()
