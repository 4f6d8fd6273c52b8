print((), (1,), tuple(), tuple('ab'), tuple([1, 2]), type(()), (1,) * 0)
