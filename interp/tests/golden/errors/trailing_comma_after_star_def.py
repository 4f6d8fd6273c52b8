def f(*a,): pass
