print(None is None, type(None)() is None if False else True, bool(None), None == False, repr(None), str(None))
