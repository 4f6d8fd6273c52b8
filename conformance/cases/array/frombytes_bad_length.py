from array import array
array('i').frombytes(b'abc')
