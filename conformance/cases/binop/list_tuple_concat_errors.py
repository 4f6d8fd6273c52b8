for a, b in [([1], (2,)), ((1,), [2]), ('a', ['b'])]:
    try:
        a + b
    except TypeError as e:
        print('TypeError:', e)
