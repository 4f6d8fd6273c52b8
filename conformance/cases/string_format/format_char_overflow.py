print(format(65, 'c'), format(0x10ffff, 'c') == chr(0x10ffff))
format(0x110000, 'c')
