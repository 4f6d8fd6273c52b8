print('a\x0bb\x0cc\x1cd\u2028e'.splitlines())
