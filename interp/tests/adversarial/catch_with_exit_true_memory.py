# attack: a with-block whose __exit__ returns True around a memory bomb
# expect: memory_limit  limits: memory=32M wall=1
# stdout: ""
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        while True:
            pass

with Swallow():
    b = bytearray(10**12)
