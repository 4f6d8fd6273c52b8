class B:
    pass
B(1)
