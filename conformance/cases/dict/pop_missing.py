{}.pop('x')
