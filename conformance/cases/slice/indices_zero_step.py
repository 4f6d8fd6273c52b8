slice(None, None, 0).indices(10)
