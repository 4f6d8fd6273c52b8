from array import array
array('b', [127, -128])
array('b', [128])
