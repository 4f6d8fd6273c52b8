print(True, False, type(True), bool(0), bool(1), bool(-1), bool(''), bool('0'), bool([]), bool([0]), bool(None))
