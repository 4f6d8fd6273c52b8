# attack: a sort key function that never returns
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
def key(x):
    while True:
        pass

sorted([3, 1, 2], key=key)
