# attack: a generator's finally loops when close() is called
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
def g():
    try:
        yield 1
    finally:
        while True:
            pass

it = g()
next(it)
it.close()
