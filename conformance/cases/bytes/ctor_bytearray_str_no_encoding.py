bytearray('abc')
