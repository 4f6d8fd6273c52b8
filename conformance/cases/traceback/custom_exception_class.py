class BadThing(Exception):
    pass
def f():
    raise BadThing('very bad')
f()
