print(True + 1, True * 3, False ** 0, True & False, True | False, True ^ True, ~True, -False)
