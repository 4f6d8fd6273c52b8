# Exceptions: raising, catching, finally and custom exception classes.
class Invalid(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


def check(i):
    if i % 3 == 0:
        raise Invalid(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i


def run(n):
    caught = finals = total = 0
    d = {}
    for i in range(n):
        try:
            total += check(i)
        except Invalid as e:
            caught += e.code & 1
        except KeyError:
            caught += 2
        finally:
            finals += 1
        try:
            total += d[i]
        except KeyError:
            d[i % 100] = i
    return caught, finals, total


print(run(200000))
