raise ValueError('bad value')
