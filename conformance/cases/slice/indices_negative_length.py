print(slice(1, 2).indices(0))
slice(1, 2).indices(-1)
