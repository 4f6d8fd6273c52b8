for n in (0, -1, 12345678901234567890, -98765432109876543210):
    assert int(repr(n)) == n
    print(repr(n))
