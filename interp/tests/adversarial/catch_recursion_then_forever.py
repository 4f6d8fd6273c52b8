# attack: catch the recursion RuntimeError, then recurse again forever
# expect: time_limit  limits: instructions=1000000 wall=1
def f():
    f()
while True:
    try:
        f()
    except RuntimeError:
        pass
