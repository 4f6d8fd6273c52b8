from array import array
array('i', [1]) + array('d', [1.0])
