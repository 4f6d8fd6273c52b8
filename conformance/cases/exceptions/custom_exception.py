class MyError(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print(e, e.code, e.args, isinstance(e, Exception))
