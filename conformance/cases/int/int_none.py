int(None)
