print(repr(True), str(False), '%s %d %r' % (True, True, False), int(True), float(False))
