from array import array
array('i', [1]).fromlist(5)
