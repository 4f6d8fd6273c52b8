def f():
    nonlocal (x)
