print('hello'.startswith(('he', 'x')), 'hello'.endswith('lo', 0, 5), 'hello'.startswith('l', 2))
