bytes('abc')
