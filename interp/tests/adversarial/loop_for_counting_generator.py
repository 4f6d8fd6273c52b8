# attack: for over an itertools.count-like generator
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
def count(start=0):
    n = start
    while True:
        yield n
        n += 1

for x in count():
    pass
