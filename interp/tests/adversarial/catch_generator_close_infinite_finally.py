# attack: an abandoned generator with an endless finally, then a time bomb
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# stdout: ""
def g():
    try:
        yield 1
    finally:
        while True:
            print('closing')

it = g()
next(it)
while True:
    pass
