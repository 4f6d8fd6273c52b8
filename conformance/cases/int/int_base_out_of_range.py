int('z', 37)
