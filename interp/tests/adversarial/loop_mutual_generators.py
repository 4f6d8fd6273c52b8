# attack: two generators feeding each other forever, no recursion
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
def producer():
    n = 0
    while True:
        got = yield n
        n = (got or 0) + 1

def consumer(p):
    v = next(p)
    while True:
        v = p.send(v)
        yield v

for v in consumer(producer()):
    pass
