from array import array
array('u', [1])
