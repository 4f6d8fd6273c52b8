from array import array
print(array('u', 'xyz'))
array('i', 'abc')
