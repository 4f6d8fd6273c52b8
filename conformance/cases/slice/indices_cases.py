print(slice(5).indices(10), slice(-1, None, -2).indices(10), slice(None).indices(0), slice(2, 8, 3).indices(5), slice(-100, 100).indices(7))
print(slice(10**30, -10**30, -1).indices(5), slice(None, None, -10**30).indices(4), slice(1, 2).indices(10**30))
