bytes(-1)
