from array import array
array('z')
