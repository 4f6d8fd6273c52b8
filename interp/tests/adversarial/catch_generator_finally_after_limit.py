# attack: a time limit inside a generator whose finally loops and prints
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# stdout: ""
def g():
    try:
        while True:
            pass
        yield
    finally:
        while True:
            print('finally')

for _ in g():
    pass
