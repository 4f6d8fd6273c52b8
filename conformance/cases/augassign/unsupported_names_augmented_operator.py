# When `x op= y` has no in-place or plain implementation, the TypeError
# names the augmented operator (`+=`, `**=`), not the plain one.
def attempt(code):
    env = {}
    try:
        exec(code, env)
    except TypeError as e:
        print(code, '->', e)

attempt("x = 1\nx += 'a'")
attempt("x = 1.5\nx -= None")
attempt("x = []\nx -= [1]")
attempt("x = {1}\nx += {2}")
attempt("x = 2\nx **= 'b'")
attempt("x = 3\nx |= 1.5")
attempt("x = 'ab'\nx //= 2")
attempt("x = None\nx <<= 1")
attempt("x = (1,)\nx += [2]")
attempt("x = [1]\nx *= 1.5")

class NoIadd:
    def __add__(self, other):
        return NotImplemented
attempt("x = NoIadd()\nx += 1")
y = 1
y += 2
print(y)
