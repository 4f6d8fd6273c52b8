print(-True, +False, ~True, ~False)
