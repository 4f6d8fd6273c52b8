# attack: a with-block whose __exit__ returns True around a time bomb
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# stdout: ""
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('exit ran')
        return True

while True:
    with Swallow():
        while True:
            pass
