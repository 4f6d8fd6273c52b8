print(b'\x41\101\n', len(b'\x00\\'), b'\u0041', list(b'\t\r'))
